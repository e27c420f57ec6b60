/**
 * French wire-style sentences (written for this suite): exonyms, elisions and contractions,
 * ambiguous names, metonymy, precision cues, and names that are not places.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPlacesAnnotator } from '../src/annotators/places/index.js'
import type { Place } from '../src/doc/schema.js'
import { createPipeline } from '../src/pipeline/pipeline.js'
import { getDefaultPipeline } from '../src/pipeline/default.js'

const pipeline = createPipeline([createPlacesAnnotator()])
const places = (text: string): Place[] => pipeline.analyze({ input: 'fr-suite', text, language: 'fr' }).places

/** [sentence, expected places: [surface, country code or feature id, GeoNames id?]] */
const FOUND: [string, [string, string, number?][]][] = [
  ["Des frappes aériennes ont visé Alep samedi, selon l'Observatoire syrien des droits de l'homme.", [['Alep', 'SY', 170063]]],
  ["L'armée irakienne a repris le contrôle de Mossoul-Est.", [['Mossoul', 'IQ', 99072]]],
  ["Le président Bachar al-Assad s'est rendu à Damas.", [['Damas', 'SY', 170654]]],
  ['La coalition a bombardé des positions de Daech à Raqqa.', [['Raqqa', 'SY', 172955]]],
  // L'article arabe soudé au mot (« Ezzor » pour « ez-Zor »).
  ['Les forces gouvernementales ont pilonné Deir Ezzor lundi.', [['Deir Ezzor', 'SY', 170794]]],
  ["Le ministre s'est exprimé à Paris avant de partir pour Bruxelles.", [['Paris', 'FR', 2988507], ['Bruxelles', 'BE']]],
  ["Une manifestation s'est tenue à Londres contre la guerre en Irak.", [['Londres', 'GB', 2643743], ['Irak', 'country:IQ']]],
  ['Moscou a annoncé l’envoi de renforts en Syrie.', [['Moscou', 'RU', 524901], ['Syrie', 'country:SY']]],
  ['Les négociations de paix reprendront à Genève la semaine prochaine.', [['Genève', 'CH', 2660646]]],
  ["L'explosion a fait au moins vingt morts à Kaboul, en Afghanistan.", [['Kaboul', 'AF', 1138958], ['Afghanistan', 'country:AF']]],
  ["L'attaque a visé un poste militaire au Burkina Faso, près de la frontière avec le Niger.", [['Burkina Faso', 'country:BF'], ['Niger', 'country:NE']]],
  ["Les rebelles se sont emparés de Goma, dans l'est de la RDC.", [['Goma', 'CD'], ['RDC', 'country:CD']]],
  ["Des affrontements ont opposé l'armée aux jihadistes à Tombouctou.", [['Tombouctou', 'ML']]],
  ['Le Premier ministre libanais a quitté Beyrouth pour Riyad.', [['Beyrouth', 'LB'], ['Riyad', 'SA']]],
  ['Une voiture piégée a explosé à Bagdad.', [['Bagdad', 'IQ', 98182]]],
  ['Les forces turques ont pénétré dans le nord de la Syrie.', [['Syrie', 'country:SY']]],
  ['Des milliers de réfugiés ont fui vers la Turquie.', [['Turquie', 'country:TR']]],
  ["Le sommet s'est tenu à Abidjan, en Côte d'Ivoire.", [['Abidjan', 'CI'], ["Côte d'Ivoire", 'country:CI']]],
  ['Des tirs ont été entendus à Tripoli, la capitale libyenne.', [['Tripoli', 'LY']]],
  ['Tripoli, dans le nord du Liban, a été le théâtre de heurts.', [['Tripoli', 'LB'], ['Liban', 'country:LB']]],
  ["Le gouvernement a décrété l'état d'urgence à Nice après l'attentat.", [['Nice', 'FR']]],
  // A frequent word after a locative cue is still a place.
  ['Il a grandi à Union, dans le New Jersey.', [['Union', 'US']]],
  // A hashtag is no use of the word in lower case: the name keeps « de » as its cue.
  ["#gaza #rafah L'ouverture du point de passage de Rafah est à la une.", [['Rafah', 'PS']]],
  ['Les Etats-Unis et la Russie ont conclu un accord sur la Syrie.', [['Etats-Unis', 'country:US'], ['Russie', 'country:RU'], ['Syrie', 'country:SY']]],
  ['Des frappes israéliennes ont touché la bande de Gaza.', [['bande de Gaza', 'region:gaza-strip']]],
  // Un nom de lieux et deux-points : ce qui suit en est un, si petit soit-il.
  ['Les manifestations ont repris dans tout le pays : Estcourt.', [['Estcourt', 'ZA']]],
  ["L'Iran a testé un missile balistique, selon Téhéran.", [['Iran', 'country:IR'], ['Téhéran', 'IR']]],
  ['Les talibans ont pris Kandahar.', [['Kandahar', 'AF']]],
  ["L'ONU a dépêché une mission à Juba, au Soudan du Sud.", [['Juba', 'SS'], ['Soudan du Sud', 'country:SS']]],
  ["Des inondations ont frappé le Bangladesh et l'Inde.", [['Bangladesh', 'country:BD'], ['Inde', 'country:IN']]],
  ['Le Golan est occupé par Israël depuis 1967.', [['Golan', 'region:golan'], ['Israël', 'country:IL']]],
  ['Les manifestants se sont rassemblés place Tahrir, au Caire.', [['Caire', 'EG', 360630]]],
  ['Le convoi est arrivé à Deir ez-Zor dimanche.', [['Deir ez-Zor', 'SY', 170794]]],
  ['Le sud du Yémen reste instable, notamment à Aden.', [['Yémen', 'country:YE'], ['Aden', 'YE']]],
  ["L'aéroport de Sanaa a été fermé.", [['Sanaa', 'YE']]],
  ["Des combats ont eu lieu à Marioupol, dans l'est de l'Ukraine.", [['Marioupol', 'UA'], ['Ukraine', 'country:UA']]],
  ['Kiev accuse Moscou de soutenir les séparatistes.', [['Kiev', 'UA'], ['Moscou', 'RU']]],
  ['Le Nigeria a fermé sa frontière avec le Bénin.', [['Nigeria', 'country:NG'], ['Bénin', 'country:BJ']]],
  ['Des pirates ont été arrêtés au large de la Somalie.', [['Somalie', 'country:SO']]],
  ['Le président français s’est rendu à Bamako.', [['Bamako', 'ML', 2460596]]],
  ['Les troupes françaises ont quitté Gao.', [['Gao', 'ML']]],
  ['Des affrontements ont éclaté à Bangui, la capitale centrafricaine.', [['Bangui', 'CF']]],
  ['La police a dispersé les manifestants à Alger.', [['Alger', 'DZ', 2507480]]],
  ['Un séisme a frappé le Népal.', [['Népal', 'country:NP']]],
  ['Des milliers de personnes ont défilé à Hong Kong.', [['Hong Kong', 'HK']]],
  ['La Corée du Nord a procédé à un nouvel essai nucléaire.', [['Corée du Nord', 'country:KP']]],
  ['Pyongyang a menacé Séoul de représailles.', [['Pyongyang', 'KP'], ['Séoul', 'KR']]],
  ['Le Sahel reste la cible des groupes jihadistes.', [['Sahel', 'region:sahel']]],
  ['Le conflit au Moyen-Orient domine les débats.', [['Moyen-Orient', 'region:middle-east']]],
  ["L'expert du Moyen Orient a été interrogé.", [['Moyen Orient', 'region:middle-east']]],
  ['Vienne accueille la conférence sur le nucléaire iranien.', [['Vienne', 'AT', 2761369]]],
  ['Le fleuve a débordé à Niamey.', [['Niamey', 'NE']]],
  ['Londres et Paris ont appelé à la retenue.', [['Londres', 'GB'], ['Paris', 'FR']]],
  ['Des manifestations ont eu lieu à Saint-Pétersbourg.', [['Saint-Pétersbourg', 'RU']]],
  ["Le secrétaire d'État américain est arrivé à Ankara.", [['Ankara', 'TR']]],
  ["Des combattants ont été tués aux abords d'Alep.", [['Alep', 'SY', 170063]]],
  ["L'armée a lancé une offensive sur Falloujah, à l'ouest de Bagdad.", [['Falloujah', 'IQ'], ['Bagdad', 'IQ']]],
  ['La Libye est plongée dans le chaos depuis 2011.', [['Libye', 'country:LY']]],
  ['Des renforts ont été envoyés au Mali et au Tchad.', [['Mali', 'country:ML'], ['Tchad', 'country:TD']]],
  ["Le porte-avions a quitté Toulon pour la Méditerranée.", [['Toulon', 'FR'], ['Méditerranée', 'region:mediterranean']]],
  ['Un attentat a frappé Istanbul dans la nuit.', [['Istanbul', 'TR']]],
  ['Les pourparlers se tiennent à Astana, au Kazakhstan.', [['Astana', 'KZ'], ['Kazakhstan', 'country:KZ']]],
  ['Des roquettes ont été tirées depuis le Liban-Sud.', [['Liban', 'country:LB']]],
  ['Homs, troisième ville de Syrie, a été reprise par le régime.', [['Homs', 'SY'], ['Syrie', 'country:SY']]],
  ['Le Royaume-Uni et l’Allemagne ont salué l’accord.', [['Royaume-Uni', 'country:GB'], ['Allemagne', 'country:DE']]],
  ["La Cisjordanie et Jérusalem-Est restent sous tension.", [['Cisjordanie', 'region:west-bank'], ['Jérusalem-Est', 'PS']]],
  // Le nom nu d'un État fédéré après « à » est la ville de ce nom qui écrase son chef-lieu (New York,
  // pas l'État placé à Albany) ; le mot « État » en fait l'État.
  ['Des manifestants se sont réunis à New York dimanche.', [['New York', 'geonames:5128581']]],
  ["Des manifestations ont eu lieu dans l'État de New York.", [['New York', 'admin1:US.NY']]],
  // Après un verbe de rencontre, une capitale est son gouvernement.
  ['Le ministre a reçu Téhéran et Riyad.', [['Téhéran', 'IR'], ['Riyad', 'SA']]],
  // Les noms d'une liste partagent l'indice de son premier nom, si petits soient-ils.
  ['Un bus a été attaqué sur la route entre Inhaminga et Caia vendredi.', [['Caia', 'MZ']]],
  ['Des soldats ont affronté des rebelles à Dungu, Ngilima et Faradje la semaine dernière.', [['Faradje', 'CD']]],
  // L'objet d'un verbe de fuite ou de siège est un lieu, si petit soit-il.
  ["Des centaines de familles ont fui Caia après l'attaque.", [['Caia', 'MZ']]],
  ['Les rebelles assiègent Tessalit depuis lundi.', [['Tessalit', 'ML']]],
]

/** Sentences with names that are not places here (persons, times, streets, common words). */
const NOT_FOUND: [string, string][] = [
  // Le nom d'un peuple dit avec le mot de son espèce n'est pas un lieu.
  ["Un chauffeur de taxi de l'ethnie Kaba a été tué près de la ville.", 'Kaba'],
  ['Des hommes de la tribu Kaba ont attaqué un village.', 'Kaba'],
  ['M. Paris a démissionné de son poste.', 'Paris'],
  ['Jean Lyon, porte-parole du ministère, a démenti.', 'Lyon'],
  ["Le porte-parole, Richard Florence, a confirmé l'information.", 'Florence'],
  ['Il a parlé en mars et de nouveau en mai.', 'mars'],
  ['Il a parlé en Mars devant le comité.', 'Mars'],
  ['La rue de Paris a été fermée à la circulation.', 'Paris'],
  ['Ainsi, la situation reste tendue.', 'Ainsi'],
  ["L'expert du Moyen Orient a été interrogé.", 'Orient'],
  // A pronoun or a frequent word capitalised after a lost space or in a title (Cela, Portugal;
  // Police, Poland), and a frequent word shouted in capitals (VA: Virginia).
  ['Il l’a dit au président du Conseil."Cela n’a pas été un soulèvement", a-t-il ajouté.', 'Cela'],
  ['Police Et Justice : Le Bilan De La Semaine', 'Police'],
  ['LA VERITE VA SORTIR ET LES CRIMINELS VONT PAYER.', 'VA'],
  // A number opening a sentence (Trente: Trento) and « l'Alliance » (Alliance, Ohio), as in English.
  ['Trente-deux de ses hommes ont été tués lundi.', 'Trente'],
  ["Un responsable de l'Alliance atlantique a démenti l'information.", 'Alliance'],
  // A name right after a weapon's noun is its model (Grad, Slovenia).
  ['Les rebelles ont tiré des roquettes Grad sur la ville.', 'Grad'],
  // Le nom d'arme accentué compte comme un autre (Nyala, Soudan) ; l'anglais met le modèle avant.
  ['Un hélicoptère Nyala a survolé la ville.', 'Nyala'],
  ['La police a déployé un blindé Nyala dans le township.', 'Nyala'],
  // Un titre accentué avant un nom en fait une personne, comme « le colonel » (Nyala, Soudan).
  ['Le député Nyala a parlé hier.', 'Nyala'],
  ['Le général Nyala a démenti.', 'Nyala'],
  // Un peuple, pas une ville (Arab, Alabama) : l'anglais a la même règle.
  ['Le Printemps Arabe a commencé dans la région.', 'Arabe'],
  ["Les pays Arabes ont condamné l'attaque.", 'Arabes'],
  // L'abréviation d'un jour en tête d'un titre daté, comme en anglais (Mon : État Môn, Birmanie).
  ['Mer 18 mai 2016 Dix combattants tués dans des affrontements.', 'Mer'],
  ['Sam 18 mai 2016 Dix combattants tués dans des affrontements.', 'Sam'],
  // A frequent word needs a locative cue, not « de » or « par », which open any noun's complement
  // (Net, Inde ; Justice, États-Unis ; Union, États-Unis ; Congrès : Congress, Arizona).
  ['Jérémie Zimmermann, cofondateur de la Quadrature du Net, a été entendu.', 'Net'],
  ['Le concept de Justice est au cœur de son discours.', 'Justice'],
  ["Une réunion convoquée par l'Union africaine s'est tenue lundi.", 'Union'],
  ['Le président a demandé le feu vert du Congrès.', 'Congrès'],
  // A name glued to a domain ending is a website (Point, Texas).
  ["« Ils ont peur », indique au Point.fr le directeur de l'ONG.", 'Point'],
  // Une ville ne rencontre personne : devant ces verbes, le nom d'une petite ville est une personne (Obama, Japon).
  ['Obama a rencontré le Premier ministre à Londres.', 'Obama'],
  // Ni ne la reçoit-on ni ne la félicite-t-on : juste après ces verbes, le nom est leur objet, une
  // personne ou un corps (Marshall, Texas ; Hamilton, Nouvelle-Zélande).
  ['Le maire a reçu Marshall à la mairie.', 'Marshall'],
  ['Le président a félicité Hamilton après sa victoire.', 'Hamilton'],
  // L'Orient et l'Occident ne sont aucun point d'une carte (Orient, New York).
  ['Le terrorisme frappe en Orient comme ailleurs.', 'Orient'],
  // Ni des rues que la liste qualifie (Harris, Texas).
  ["L'accident a eu lieu à l'angle des rues Maple, Owens et Harris lundi.", 'Harris'],
]

describe('places in French wire sentences', () => {
  for (const [sentence, expected] of FOUND) {
    it(sentence, () => {
      const got = places(sentence)
      for (const [surface, where, gid] of expected) {
        const p = got.find((x) => x.text === surface)
        assert.ok(p, `${surface} not found; found ${got.map((x) => x.text).join(', ') || 'nothing'}`)
        if (where.includes(':')) assert.equal(p.id, where, `${surface} → ${p.name} (${p.id})`)
        else assert.equal(p.countryCode, where, `${surface} → ${p.name} (${p.countryCode})`)
        if (gid !== undefined) assert.equal(p.geonameId, gid, `${surface} → ${p.name} (${p.geonameId})`)
      }
    })
  }
  for (const [sentence, surface] of NOT_FOUND) {
    it(`no place "${surface}" in: ${sentence}`, () => {
      const got = places(sentence)
      assert.ok(!got.some((p) => p.text === surface), `${surface} tagged as ${got.find((p) => p.text === surface)?.name}`)
    })
  }
  it('counts at least 60 sentences', () => assert.ok(FOUND.length + NOT_FOUND.length >= 60))
  it('un peuple nommé, armé ou non, place le texte chez lui : un bourg loin de ses pays est un homonyme', () => {
    assert.equal(places("Des éleveurs afar ont marché jusqu'au village de Buri lundi.").find((p) => p.text === 'Buri'), undefined)
    assert.equal(places("Des éleveurs ont marché jusqu'au village de Buri lundi.").find((p) => p.text === 'Buri')?.countryCode, 'BR')
    // Ni un nom après un titre : le lieutenant Bari est un officier.
    assert.equal(places('Des hommes armés ont tué le lieutenant Bari dans le village de Buri.').find((p) => p.text === 'Buri')?.countryCode, 'BR')
  })
  it('ne lit aucun nom par une romanisation d\'une autre écriture (« Koma » n\'est pas Qom, « Machara » pas Machala)', () => {
    const got = places('Des paysans ont marché dans la ville de Koma puis bloqué la route de Machara lundi.')
    assert.ok(!got.some((p) => p.countryCode === 'IR' || p.countryCode === 'EC'), got.map((p) => `${p.text}: ${p.name} ${p.countryCode}`).join(', '))
  })
})

describe('French: a name an organisation goes on from is no place', () => {
  // The organisations' names come from the entities stage: the whole pipeline.
  const places = (text: string): Place[] => getDefaultPipeline().analyze({ input: 'fr-suite', text, language: 'fr' }).places
  it('« l\'Union européenne », « la Croix-Rouge » name no town called L\'Union or Croix', () => {
    assert.deepEqual(places("L'Union européenne a annoncé de nouvelles sanctions contre Damas.").map((p) => p.text), ['Damas'])
    assert.deepEqual(places('La Croix-Rouge a appelé à une trêve à Homs.').map((p) => p.text), ['Homs'])
    assert.deepEqual(places('Le Comité international de la Croix-Rouge a appelé à une trêve à Homs.').map((p) => p.text), ['Homs'])
  })
  it('a street word elided before a name makes it a street (« quai d\'Orsay », « place d\'Italie »)', () => {
    assert.deepEqual(places("Au Quai d'Orsay, la ligne officielle n'a pas varié sur Damas.").map((p) => p.text), ['Damas'])
    assert.deepEqual(places("Les manifestants se sont rassemblés place d'Italie à Paris.").map((p) => p.text), ['Paris'])
  })
  it('« la Maison-Blanche », « le Kremlin » are the seats of governments, no village', () => {
    assert.deepEqual(places('Pour la Maison Blanche, les États-Unis et la France sont tombés d\'accord.').map((p) => p.text), ['États-Unis', 'France'])
    assert.deepEqual(places('Le président a renouvelé sa condamnation, a indiqué la Maison Blanche.').map((p) => p.text), [])
    assert.deepEqual(places('Le Kremlin a démenti toute présence à Homs.').map((p) => p.text), ['Homs'])
  })
  it('a public figure named by the surname alone is no hamlet abroad after « contre » or « de »', () => {
    assert.deepEqual(places("Des milliers d'Égyptiens ont manifesté contre Morsi au Caire.").map((p) => p.text), ['Caire'])
    assert.deepEqual(places("Un an après l'élection de Morsi, les Égyptiens réclament sa démission.").map((p) => p.text), [])
    // Prophets named alone are persons too, not Abraham (Slovakia) nor Mahomet (Illinois).
    assert.deepEqual(places('Selon les paroles de Jésus et de Mahomet, la paix viendra à Jérusalem.').map((p) => p.text), ['Jérusalem'])
    assert.deepEqual(places("Les descendants d'Abraham vivent à Hébron.").map((p) => p.text), ['Hébron'])
    // « chez » goes to the person.
    assert.deepEqual(places('Le dîner chez Obama à Washington a été annulé.').map((p) => p.text), ['Washington'])
    // A country's name after « de » stays the country.
    assert.deepEqual(places('Le roi de Hollande est arrivé à Paris.').map((p) => p.text), ['Hollande', 'Paris'])
  })
})

describe('French: a road named after the towns it links', () => {
  it("« l'axe Arua-Nimule » names Arua though the gazetteer lacks Nimule", () => {
    assert.deepEqual(places("Des hommes armés ont tué sept passagers sur l'axe Arua-Nimule.").map((p) => p.text), ['Arua'])
  })
})

describe('French precision, metonymy and context', () => {
  const cases: [string, string, keyof Place, unknown][] = [
    ['Des combats ont éclaté près de Homs, dans le centre du pays.', 'Homs', 'geoPrecision', 2],
    ['Les combats se poursuivent autour de Palmyre.', 'Palmyre', 'geoPrecision', 2],
    ['Les combats se poursuivent dans la région de Raqqa.', 'Raqqa', 'geoPrecision', 2],
    ['Les combats se poursuivent à Raqqa.', 'Raqqa', 'geoPrecision', 1],
    ['Des frappes ont touché la province de Hama.', 'Hama', 'featureCode', 'ADM1'],
    ["Le gouvernorat d'Idlib échappe au contrôle du régime.", 'Idlib', 'featureCode', 'ADM1'],
    // « Idleb » is the town's French name only: the admin word makes it the area whose seat it names.
    ["Des frappes ont touché la province d'Idleb.", 'Idleb', 'featureCode', 'ADM1'],
    ['La Syrie est en guerre depuis 2011.', 'Syrie', 'geoPrecision', 3],
    ['Washington a dénoncé mardi l’attaque chimique.', 'Washington', 'metonymic', true],
    ['Tunis a rappelé son ambassadeur.', 'Tunis', 'metonymic', true],
    ['Les combats se poursuivent à Raqqa.', 'Raqqa', 'metonymic', false],
  ]
  for (const [sentence, surface, field, value] of cases) {
    it(`${surface}.${field} = ${String(value)} in: ${sentence}`, () => {
      const p = places(sentence).find((x) => x.text === surface)
      assert.ok(p, `${surface} not found`)
      assert.equal(p[field], value)
    })
  }
})

describe('French: a second-level area known by no town of its own (coarse)', () => {
  it('is a place after a locative cue or with the word for its kind, with geo_precision 3', () => {
    for (const text of ['Des combats ont eu lieu à Kalehe lundi.', 'Le territoire de Kalehe a connu de violents combats lundi.']) {
      const p = places(text).find((x) => x.text === 'Kalehe')
      assert.equal(p?.countryCode, 'CD', text)
      assert.equal(p?.geoPrecision, 3, text)
    }
  })
  it('is no place alone, nor inside a facility\'s name', () => {
    for (const text of ['Kalehe a déclaré que les pourparlers avaient échoué.', 'Des étudiants de la Kalehe University ont manifesté lundi.']) {
      assert.equal(places(text).find((x) => x.text === 'Kalehe'), undefined, text)
    }
    const text = 'Des agents de sécurité ont arrêté trois étudiants de la West Harerghe University.'
    assert.equal(places(text).find((x) => x.text === 'West Harerghe'), undefined, text)
  })
  it('is not read in a text whose places are mostly in another country', () => {
    const syria = 'Les troupes du régime se sont battues pour le contrôle d\'Al-Maleh lundi, tandis que des obus frappaient Alep et Homs.'
    assert.equal(places(syria).find((x) => x.text === 'Al-Maleh'), undefined, syria)
  })
})
