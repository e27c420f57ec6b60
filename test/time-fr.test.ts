/**
 * The French time suite: wire-style sentences written for this repository, one expression each,
 * with the TIMEX3 type, value and modifier expected when the document is dated 2016-12-12 (a
 * Monday). The categories follow HeidelTime's French rules: dates, relative days, weeks, months and
 * years, « il y a », « depuis », « dès », « début / mi- / fin », seasons, holidays, durations,
 * ranges, times of day, sets, references and narrative anchoring. Extents keep articles (« la
 * semaine dernière ») and leave out prepositions (« en », « au », « dès », « depuis »).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createTimeAnnotator } from '../src/annotators/time/index.js'
import { createPipeline } from '../src/pipeline/pipeline.js'

type Case = [category: string, sentence: string, text: string, type: string, value: string, mod: string | null]

const CASES: Case[] = [
  ['dates', 'Les rebelles ont pris la ville le 1er août 2014.', '1er août 2014', 'DATE', '2014-08-01', null],
  ['dates', 'Le cessez-le-feu est entré en vigueur le 30 décembre 2016 à minuit.', '30 décembre 2016', 'DATE', '2016-12-30', null],
  ['dates', 'L\'accord a été signé le 17 septembre 2015 à Genève.', '17 septembre 2015', 'DATE', '2015-09-17', null],
  ['dates', 'Le président a été élu le 7 mai 2017, selon le calendrier officiel.', '7 mai 2017', 'DATE', '2017-05-07', null],
  ['dates', 'Le texte a été adopté lundi 5 décembre 2016 par l\'Assemblée.', 'lundi 5 décembre 2016', 'DATE', '2016-12-05', null],
  ['dates', 'La ville est tombée aux mains des djihadistes le 21 mai 2015.', '21 mai 2015', 'DATE', '2015-05-21', null],
  ['dates', 'Le décret daté du 03/11/2016 a été publié au Journal officiel.', '03/11/2016', 'DATE', '2016-11-03', null],
  ['dates', 'Les premiers combats remontent au 15 mars 2011.', '15 mars 2011', 'DATE', '2011-03-15', null],
  ['dates', 'Le sommet s\'est ouvert le 2 février 2016 à Londres.', '2 février 2016', 'DATE', '2016-02-02', null],
  ['dates', 'La résolution a été votée le 18 décembre 2015 par le Conseil de sécurité.', '18 décembre 2015', 'DATE', '2015-12-18', null],
  ['dates', 'L\'attentat a été commis le 13 novembre.', '13 novembre', 'DATE', '2016-11-13', null],
  ['dates', 'Le scrutin a eu lieu le 4 décembre.', '4 décembre', 'DATE', '2016-12-04', null],
  ['dates', 'Le parlement se réunira le 20 décembre.', '20 décembre', 'DATE', '2016-12-20', null],
  ['dates', 'La réunion prévue le 10 janvier devrait se tenir à Astana.', '10 janvier', 'DATE', '2017-01-10', null],
  ['dates', 'Des manifestants ont bloqué la route le 22/11 à l\'aube.', '22/11', 'DATE', '2016-11-22', null],
  ['dates', 'La police a arrêté trois hommes mardi (06/12) dans le port.', '06/12', 'DATE', '2016-12-06', null],
  ['dates', 'Le décret du 03/11/16 a été abrogé.', '03/11/16', 'DATE', '2016-11-03', null],
  ['dates', 'Le ministre a annoncé le 8 octobre un nouveau plan.', '8 octobre', 'DATE', '2016-10-08', null],
  ['dates', 'La ville a été reprise en mars 2016.', 'mars 2016', 'DATE', '2016-03', null],
  ['dates', 'L\'opération a été lancée en octobre 2016.', 'octobre 2016', 'DATE', '2016-10', null],
  ['dates', 'Le conflit a éclaté en 2011.', '2011', 'DATE', '2011', null],
  ['dates', 'La coalition a été formée à l\'été 2014.', 'l\'été 2014', 'DATE', '2014-SU', null],
  ['dates', 'La mosquée date du XIIe siècle.', 'XIIe siècle', 'DATE', '11', null],
  ['dates', 'Le mouvement est né dans les années 1980.', 'les années 1980', 'DATE', '198', null],
  ['dates', 'La région a connu une guerre civile dans les années 90.', 'les années 90', 'DATE', '199', null],
  ['dates', 'Le site a été inscrit au patrimoine mondial en 1980.', '1980', 'DATE', '1980', null],
  ['dates', 'La ville a été reprise en février.', 'février', 'DATE', '2016-02', null],
  ['dates', 'L\'armée a lancé une offensive en novembre.', 'novembre', 'DATE', '2016-11', null],
  ['dates', 'Les élections auront lieu en avril.', 'avril', 'DATE', '2017-04', null],
  ['dates', 'Les pourparlers reprendront en janvier.', 'janvier', 'DATE', '2017-01', null],
  ['dates', 'La ville a été libérée en juillet dernier.', 'juillet dernier', 'DATE', '2016-07', null],
  ['dates', 'Le référendum se tiendra en mars prochain.', 'mars prochain', 'DATE', '2017-03', null],
  ['dates', 'Le traité a été signé le 14 juillet.', '14 juillet', 'DATE', '2016-07-14', null],
  ['dates', 'Les faits remontent au 2e siècle avant notre ère.', '2e siècle', 'DATE', '01', null],
  ['dates', 'La croissance a atteint 1 % au troisième trimestre.', 'troisième trimestre', 'DATE', '2016-Q3', null],
  ['dates', 'Le déficit s\'est creusé au premier trimestre 2015.', 'premier trimestre 2015', 'DATE', '2015-Q1', null],
  ['dates', 'Le président sera à Paris le 1er janvier prochain.', '1er janvier prochain', 'DATE', '2017-01-01', null],
  ['dates', 'Le président était à Paris le 1er octobre dernier.', '1er octobre dernier', 'DATE', '2016-10-01', null],
  ['dates', 'Les exportations ont baissé au premier semestre.', 'premier semestre', 'DATE', '2016-H1', null],
  ['relative-days', 'Les pourparlers reprennent aujourd\'hui à Genève.', 'aujourd\'hui', 'DATE', '2016-12-12', null],
  ['relative-days', 'La ville est tombée hier aux mains des rebelles.', 'hier', 'DATE', '2016-12-11', null],
  ['relative-days', 'Le ministre se rendra demain à Moscou.', 'demain', 'DATE', '2016-12-13', null],
  ['relative-days', 'Deux obus sont tombés avant-hier sur le marché.', 'avant-hier', 'DATE', '2016-12-10', null],
  ['relative-days', 'Le vote aura lieu après-demain.', 'après-demain', 'DATE', '2016-12-14', null],
  ['relative-days', 'La ville a été bombardée vendredi.', 'vendredi', 'DATE', '2016-12-09', null],
  ['relative-days', 'Le convoi est arrivé samedi à Alep.', 'samedi', 'DATE', '2016-12-10', null],
  ['relative-days', 'Le ministre a démissionné dimanche.', 'dimanche', 'DATE', '2016-12-11', null],
  ['relative-days', 'Le Conseil de sécurité se réunira mercredi.', 'mercredi', 'DATE', '2016-12-14', null],
  ['relative-days', 'Les négociations reprendront jeudi à Genève.', 'jeudi', 'DATE', '2016-12-15', null],
  ['relative-days', 'Elle a été arrêtée mardi dernier.', 'mardi dernier', 'DATE', '2016-12-06', null],
  ['relative-days', 'Le vote aura lieu mardi prochain.', 'mardi prochain', 'DATE', '2016-12-13', null],
  ['relative-days', 'Le chef rebelle a été tué jeudi dernier.', 'jeudi dernier', 'DATE', '2016-12-08', null],
  ['relative-days', 'Le sommet se tiendra vendredi prochain.', 'vendredi prochain', 'DATE', '2016-12-16', null],
  ['relative-days', 'Le même jour, deux civils ont été tués.', 'Le même jour', 'DATE', '2016-12-12', null],
  ['relative-weeks', 'Les frappes ont été suspendues cette semaine.', 'cette semaine', 'DATE', '2016-W50', null],
  ['relative-weeks', 'La ville est tombée la semaine dernière.', 'la semaine dernière', 'DATE', '2016-W49', null],
  ['relative-weeks', 'Les inspecteurs arriveront la semaine prochaine.', 'la semaine prochaine', 'DATE', '2016-W51', null],
  // Told in the past on a Monday: the weekend just gone (Saturday 10 and Sunday 11 December), not the coming one.
  ['relative-weeks', 'Des manifestations ont eu lieu ce week-end.', 'ce week-end', 'DATE', '2016-W49-WE', null],
  ['relative-weeks', 'Le retrait aura lieu dans deux semaines.', 'dans deux semaines', 'DATE', '2016-W52', null],
  ['relative-weeks', 'Le texte a été amendé la semaine passée.', 'la semaine passée', 'DATE', '2016-W49', null],
  ['relative-weeks', 'Les combats ont repris le week-end dernier.', 'le week-end dernier', 'DATE', '2016-W49-WE', null],
  ['relative-months', 'Le chômage a reculé ce mois-ci.', 'ce mois-ci', 'DATE', '2016-12', null],
  ['relative-months', 'Les prix ont augmenté le mois dernier.', 'le mois dernier', 'DATE', '2016-11', null],
  ['relative-months', 'Le plan sera présenté le mois prochain.', 'le mois prochain', 'DATE', '2017-01', null],
  ['relative-months', 'Le rapport a été publié ce mois.', 'ce mois', 'DATE', '2016-12', null],
  ['relative-months', 'La décision sera connue dans trois mois.', 'dans trois mois', 'DATE', '2017-03', null],
  ['relative-months', 'Le convoi est reparti le mois passé.', 'le mois passé', 'DATE', '2016-11', null],
  ['relative-years', 'Le budget a été adopté cette année.', 'cette année', 'DATE', '2016', null],
  ['relative-years', 'Les exportations ont chuté l\'année dernière.', 'l\'année dernière', 'DATE', '2015', null],
  ['relative-years', 'Des élections sont prévues l\'année prochaine.', 'l\'année prochaine', 'DATE', '2017', null],
  ['relative-years', 'La croissance a ralenti l\'an dernier.', 'l\'an dernier', 'DATE', '2015', null],
  ['relative-years', 'Le sommet se tiendra l\'an prochain à Paris.', 'l\'an prochain', 'DATE', '2017', null],
  ['relative-years', 'La production a baissé l\'an passé.', 'l\'an passé', 'DATE', '2015', null],
  ['relative-years', 'Le déficit de l\'année en cours a été revu.', 'l\'année en cours', 'DATE', '2016', null],
  ['relative-years', 'Le pays pourrait sortir de la récession d\'ici deux ans.', 'd\'ici deux ans', 'DATE', '2018', null],
  ['il-y-a', 'Il a été libéré il y a trois semaines.', 'il y a trois semaines', 'DATE', '2016-W47', null],
  ['il-y-a', 'La coalition a commencé ses frappes il y a plus de deux ans.', 'il y a plus de deux ans', 'DATE', '2014', 'MORE_THAN'],
  ['il-y-a', 'Le conflit a éclaté il y a près de six ans.', 'il y a près de six ans', 'DATE', '2010', 'APPROX'],
  ['il-y-a', 'Le journaliste a été enlevé il y a deux jours.', 'il y a deux jours', 'DATE', '2016-12-10', null],
  ['il-y-a', 'L\'usine a fermé il y a dix ans.', 'il y a dix ans', 'DATE', '2006', null],
  ['il-y-a', 'La ville est tombée il y a un mois.', 'il y a un mois', 'DATE', '2016-11', null],
  ['il-y-a', 'L\'otage a été libéré il y a moins d\'une semaine.', 'il y a moins d\'une semaine', 'DATE', '2016-W49', 'LESS_THAN'],
  ['il-y-a', 'Le cessez-le-feu a été signé il y a quelques jours.', 'il y a quelques jours', 'DATE', 'PAST_REF', null],
  ['il-y-a', 'La région a été reprise il y a plusieurs mois.', 'il y a plusieurs mois', 'DATE', 'PAST_REF', null],
  ['il-y-a', 'Le barrage a été construit il y a une trentaine d\'années.', 'il y a une trentaine d\'années', 'DATE', '1986', 'APPROX'],
  ['depuis', 'Le siège dure depuis plus de quatre ans.', 'plus de quatre ans', 'DURATION', 'P4Y', 'MORE_THAN'],
  ['depuis', 'Les combats durent depuis 48 heures.', '48 heures', 'DURATION', 'PT48H', null],
  ['depuis', 'Le pays est en guerre depuis 2011.', '2011', 'DATE', '2011', null],
  ['depuis', 'Le journaliste est détenu depuis le 3 octobre.', '3 octobre', 'DATE', '2016-10-03', null],
  ['depuis', 'La ville est assiégée depuis juillet.', 'juillet', 'DATE', '2016-07', null],
  ['depuis', 'Les frappes ont repris depuis le début de l\'année.', 'début de l\'année', 'DATE', '2016', 'START'],
  ['depuis', 'La frontière est fermée depuis trois mois.', 'trois mois', 'DURATION', 'P3M', null],
  ['depuis', 'Les négociations sont bloquées depuis plusieurs semaines.', 'plusieurs semaines', 'DURATION', 'PXW', null],
  ['depuis', 'L\'opposition boycotte le parlement depuis des années.', 'des années', 'DURATION', 'PXY', null],
  ['des', 'La coalition frappe la région dès août 2014.', 'août 2014', 'DATE', '2014-08', 'START'],
  ['des', 'Les premiers convois partiront dès demain.', 'demain', 'DATE', '2016-12-13', 'START'],
  ['des', 'Les secours sont arrivés dès le 2 décembre.', '2 décembre', 'DATE', '2016-12-02', 'START'],
  ['des', 'Le texte s\'appliquera dès janvier 2017.', 'janvier 2017', 'DATE', '2017-01', 'START'],
  ['des', 'L\'accord entrera en vigueur à partir du 1er janvier 2017.', '1er janvier 2017', 'DATE', '2017-01-01', 'START'],
  ['des', 'Le couvre-feu sera levé dès lundi prochain.', 'lundi prochain', 'DATE', '2016-12-19', 'START'],
  ['position', 'Les combats ont repris début mars.', 'début mars', 'DATE', '2016-03', 'START'],
  ['position', 'L\'offensive a été lancée à la mi-novembre.', 'mi-novembre', 'DATE', '2016-11', 'MID'],
  ['position', 'Le rapport sera publié fin 2017.', 'fin 2017', 'DATE', '2017', 'END'],
  ['position', 'Les troupes se sont retirées fin octobre.', 'fin octobre', 'DATE', '2016-10', 'END'],
  ['position', 'Le retrait a commencé début 2015.', 'début 2015', 'DATE', '2015', 'START'],
  ['position', 'La décision sera prise à la fin de l\'année.', 'fin de l\'année', 'DATE', '2016', 'END'],
  ['position', 'Le chantier a démarré au début du mois.', 'début du mois', 'DATE', '2016-12', 'START'],
  ['position', 'Les négociations ont échoué mi-2015.', 'mi-2015', 'DATE', '2015', 'MID'],
  ['position', 'Le pays est entré en récession fin 2008.', 'fin 2008', 'DATE', '2008', 'END'],
  ['position', 'La ville a été reprise à la fin du mois dernier.', 'fin du mois dernier', 'DATE', '2016-11', 'END'],
  ['position', 'Les élections auront lieu début janvier.', 'début janvier', 'DATE', '2017-01', 'START'],
  ['seasons', 'Les combats ont repris au printemps.', 'printemps', 'DATE', '2016-SP', null],
  ['seasons', 'Le plan sera présenté cet été.', 'cet été', 'DATE', '2016-SU', null],
  ['seasons', 'Une nouvelle offensive est attendue cet hiver.', 'cet hiver', 'DATE', '2016-WI', null],
  ['seasons', 'Les réfugiés sont arrivés l\'été dernier.', 'l\'été dernier', 'DATE', '2016-SU', null],
  ['seasons', 'Le traité sera ratifié au printemps prochain.', 'printemps prochain', 'DATE', '2017-SP', null],
  ['seasons', 'La ville a été assiégée à l\'automne 2015.', 'l\'automne 2015', 'DATE', '2015-FA', null],
  ['seasons', 'Les pluies ont détruit les récoltes en automne.', 'automne', 'DATE', '2016-FA', null],
  ['seasons', 'L\'armée avait lancé une offensive l\'hiver dernier.', 'l\'hiver dernier', 'DATE', '2015-WI', null],
  ['holidays', 'La trêve tiendra jusqu\'à Noël.', 'Noël', 'DATE', '2016-12-25', null],
  ['holidays', 'Le président présentera ses vœux le jour de l\'An.', 'le jour de l\'An', 'DATE', '2017-01-01', null],
  ['holidays', 'Le défilé a été annulé pour la fête nationale.', 'la fête nationale', 'DATE', '2016-07-14', null],
  ['holidays', 'Les cimetières ont été fleuris pour la Toussaint.', 'la Toussaint', 'DATE', '2016-11-01', null],
  ['holidays', 'Les syndicats manifesteront pour la fête du Travail.', 'la fête du Travail', 'DATE', '2017-05-01', null],
  ['holidays', 'Les commémorations de l\'Armistice ont eu lieu à Paris.', 'l\'Armistice', 'DATE', '2016-11-11', null],
  ['durations', 'Le siège a duré deux semaines.', 'deux semaines', 'DURATION', 'P2W', null],
  ['durations', 'Le procès a duré trois ans.', 'trois ans', 'DURATION', 'P3Y', null],
  ['durations', 'Les pourparlers ont duré une demi-heure.', 'une demi-heure', 'DURATION', 'PT30M', null],
  ['durations', 'La trêve a tenu 72 heures.', '72 heures', 'DURATION', 'PT72H', null],
  ['durations', 'Les manifestations se sont poursuivies pendant près de deux semaines.', 'près de deux semaines', 'DURATION', 'P2W', 'APPROX'],
  ['durations', 'Le blocus dure depuis au moins six mois.', 'au moins six mois', 'DURATION', 'P6M', 'EQUAL_OR_MORE'],
  ['durations', 'Au cours des trois derniers mois, 200 civils ont été tués.', 'trois derniers mois', 'DURATION', 'P3M', null],
  ['durations', 'L\'enquête a duré une dizaine de jours.', 'une dizaine de jours', 'DURATION', 'P10D', 'APPROX'],
  ['durations', 'Les coupures durent parfois dix minutes.', 'dix minutes', 'DURATION', 'PT10M', null],
  ['durations', 'Le mandat est de cinq ans.', 'cinq ans', 'DURATION', 'P5Y', null],
  ['durations', 'Les inspecteurs resteront sur place plusieurs jours.', 'plusieurs jours', 'DURATION', 'PXD', null],
  ['durations', 'La guerre a fait des milliers de morts en vingt-cinq ans.', 'vingt-cinq ans', 'DURATION', 'P25Y', null],
  ['durations', 'L\'occupation de la ville a duré un siècle.', 'un siècle', 'DURATION', 'P1CE', null],
  ['durations', 'Les combats ont duré toute une journée.', 'une journée', 'DURATION', 'P1D', null],
  ['ranges', 'La conférence se tiendra du 3 au 5 mars 2017.', '3', 'DATE', '2017-03-03', null],
  ['ranges', 'La conférence se tiendra du 3 au 5 mars 2017.', '5 mars 2017', 'DATE', '2017-03-05', null],
  ['ranges', 'Les combats ont duré du 3 mars au 5 avril 2015.', '3 mars', 'DATE', '2015-03-03', null],
  ['ranges', 'Les combats ont duré du 3 mars au 5 avril 2015.', '5 avril 2015', 'DATE', '2015-04-05', null],
  ['ranges', 'L\'armée a repris la ville entre 2014 et 2016.', '2014', 'DATE', '2014', null],
  ['ranges', 'L\'armée a repris la ville entre 2014 et 2016.', '2016', 'DATE', '2016', null],
  ['ranges', 'Le sommet s\'est tenu du 3 au 5 mars.', '3', 'DATE', '2016-03-03', null],
  ['ranges', 'Le sommet s\'est tenu du 3 au 5 mars.', '5 mars', 'DATE', '2016-03-05', null],
  ['ranges', 'Les écoles resteront fermées de lundi à mercredi.', 'lundi', 'DATE', '2016-12-12', null],
  ['ranges', 'Les écoles resteront fermées de lundi à mercredi.', 'mercredi', 'DATE', '2016-12-14', null],
  ['ranges', 'La mission a duré de mars à mai 2015.', 'mai 2015', 'DATE', '2015-05', null],
  ['ranges', 'La mission a duré de mars à mai 2015.', 'mars', 'DATE', '2015-03', null],
  ['times', 'L\'explosion a eu lieu à 14h30.', '14h30', 'TIME', '2016-12-12T14:30', null],
  // « prochain » devant un nom ne dit rien du temps : le jour le plus proche.
  ['dates', 'Deux clans s\'affrontent au palais le 10/09 pour le choix du prochain chef.', '10/09', 'DATE', '2016-09-10', null],
  // « depuis » renvoie au passé : le dernier mois de mars, pas le plus proche.
  ['dates', 'Les ouvriers sont en grève depuis mars.', 'mars', 'DATE', '2016-03', null],
  ['times', 'Les ouvriers ont été enlevés à midi le 14 mars.', 'midi le 14 mars', 'TIME', '2016-03-14T12:00', null],
  ['times', 'La ville a été prise avant midi le 30/04.', 'midi le 30/04', 'TIME', '2016-04-30T12:00', null],
  ['times', 'La police a tiré des gaz lacrymogènes à 22h le 25 avril.', '22h le 25 avril', 'TIME', '2016-04-25T22:00', null],
  ['times', 'L\'attaque a eu lieu vers 14 heures.', '14 heures', 'TIME', '2016-12-12T14:00', 'APPROX'],
  ['times', 'L\'explosion a eu lieu à 8 heures.', '8 heures', 'TIME', '2016-12-12T08:00', null],
  ['times', 'Le couvre-feu commence à 22 h.', '22 h', 'TIME', '2016-12-12T22:00', null],
  ['times', 'Le convoi est parti à midi.', 'midi', 'TIME', '2016-12-12T12:00', null],
  ['times', 'La trêve a expiré à minuit.', 'minuit', 'TIME', '2016-12-12T24:00', null],
  ['times', 'Des tirs ont été entendus ce matin dans le centre.', 'ce matin', 'TIME', '2016-12-12TMO', null],
  ['times', 'Le ministre s\'exprimera ce soir à la télévision.', 'ce soir', 'TIME', '2016-12-12TEV', null],
  ['times', 'L\'explosion a eu lieu hier soir.', 'hier soir', 'TIME', '2016-12-11TEV', null],
  ['times', 'Deux roquettes sont tombées hier matin.', 'hier matin', 'TIME', '2016-12-11TMO', null],
  ['times', 'Les pourparlers reprendront demain matin.', 'demain matin', 'TIME', '2016-12-13TMO', null],
  ['times', 'L\'explosion a eu lieu vendredi soir.', 'vendredi soir', 'TIME', '2016-12-09TEV', null],
  ['times', 'La trêve a été rompue dans la nuit de samedi à dimanche.', 'la nuit de samedi à dimanche', 'TIME', '2016-12-10TNI', null],
  ['times', 'Des combats ont éclaté cette nuit.', 'cette nuit', 'TIME', '2016-12-12TNI', null],
  ['times', 'Les bombardements ont repris dimanche après-midi.', 'dimanche après-midi', 'TIME', '2016-12-11TAF', null],
  ['sets', 'La ville est bombardée chaque jour.', 'chaque jour', 'SET', 'P1D', null],
  ['sets', 'Le conseil se réunit chaque semaine.', 'chaque semaine', 'SET', 'P1W', null],
  ['sets', 'Les prix sont révisés tous les mois.', 'tous les mois', 'SET', 'P1M', null],
  ['sets', 'Le rapport est publié chaque année.', 'chaque année', 'SET', 'P1Y', null],
  ['sets', 'Le conseil se réunit chaque lundi.', 'chaque lundi', 'SET', 'XXXX-WXX-1', null],
  ['sets', 'Les marchés sont fermés tous les vendredis.', 'tous les vendredis', 'SET', 'XXXX-WXX-5', null],
  ['sets', 'Les réfugiés reçoivent une aide quotidiennement.', 'quotidiennement', 'SET', 'P1D', null],
  ['references', 'La ville est actuellement calme.', 'actuellement', 'DATE', 'PRESENT_REF', null],
  ['references', 'La ville a récemment été reprise.', 'récemment', 'DATE', 'PAST_REF', null],
  ['references', 'Les pourparlers reprendront bientôt.', 'bientôt', 'DATE', 'FUTURE_REF', null],
  ['references', 'Les prix ont flambé ces dernières années.', 'ces dernières années', 'DATE', 'PAST_REF', null],
  ['references', 'Le pays est désormais en paix.', 'désormais', 'DATE', 'PRESENT_REF', null],
  ['references', 'Les forces sont à présent déployées.', 'à présent', 'DATE', 'PRESENT_REF', null],
  ['references', 'Les réformes seront appliquées à l\'avenir.', 'à l\'avenir', 'DATE', 'FUTURE_REF', null],
  ['anchored', 'L\'armée est partie le 3 juin 2015. Le lendemain, elle revenait.', 'Le lendemain', 'DATE', '2015-06-04', null],
  ['anchored', 'L\'armée est partie le 3 juin 2015. La veille, elle avait bombardé la ville.', 'La veille', 'DATE', '2015-06-02', null],
  ['anchored', 'L\'armée est partie en juin 2015. Le mois suivant, elle revenait.', 'Le mois suivant', 'DATE', '2015-07', null],
  ['anchored', 'L\'armée est partie le 3 juin 2015. Deux jours plus tard, elle revenait.', 'Deux jours plus tard', 'DATE', '2015-06-05', null],
  ['anchored', 'L\'armée est entrée le 3 juin 2015. Un an plus tôt, elle était partie.', 'Un an plus tôt', 'DATE', '2014', null],
  ['anchored', 'Le traité a été signé en 2009. L\'année suivante, la guerre reprenait.', 'L\'année suivante', 'DATE', '2010', null],
  // A text that states its source's date is told from that day.
  ['anchored', 'Des militants ont manifesté la semaine dernière à Kuje (source datée du 15 février).', 'la semaine dernière', 'DATE', '2016-W06', null],
]

const pipeline = createPipeline([createTimeAnnotator()])

describe('French time suite', () => {
  it('has at least 150 expressions', () => assert.ok(CASES.length >= 150, `${CASES.length} cases`))
  for (const [category, sentence, text, type, value, mod] of CASES) {
    it(`${category}: « ${text} » in « ${sentence} » → ${type} ${value}${mod ? ` ${mod}` : ''}`, () => {
      const doc = pipeline.analyze({ input: 'fr-suite', text: sentence, published: '2016-12-12', language: 'fr' })
      const found = doc.timexes.find((t) => t.text === text)
      assert.ok(found, `no timex « ${text} »; found ${JSON.stringify(doc.timexes.map((t) => [t.text, t.value, t.mod]))}`)
      assert.deepEqual([found.type, found.value, found.mod], [type, value, mod])
      assert.equal(sentence.slice(found.start, found.end), text)
    })
  }
})

// A sentence holding no time expression: words that only look like one.
const NONE: string[] = [
  // « printemps » after a word that merely ends in « au » or « en » (« nouveau ») is no season.
  'Les manifestants réclament un nouveau printemps démocratique.',
  // The national day of another country is not the French one (and has no date here).
  'Des milliers de personnes ont défilé pendant la fête nationale du Mali.',
  'La 56e fête nationale a été célébrée à Bamako.',
]

describe('French time suite: no expression', () => {
  for (const sentence of NONE) {
    it(sentence, () => {
      const doc = pipeline.analyze({ input: 'fr-suite', text: sentence, published: '2016-12-12', language: 'fr' })
      assert.deepEqual(doc.timexes.map((t) => t.text), [])
    })
  }
})
