import { storeContract } from '../store.contract.js'
import { openSqliteStore } from './index.js'

storeContract('sqlite (in memory)', async () => openSqliteStore(':memory:'))
