/**
 * Event type and category from an entry's words: hand-written rules (below) where they are
 * certain — a linked key verb (chronologies put it in the link, `[meet](url)`), a phone call,
 * an election, an exercise — and otherwise the statistical model trained on the labelled
 * corpus (type-model.ts), which also reads the rules' hits as features. Which of the two
 * decides is itself chosen by the training script, by cross-validation on the dev split.
 */
import { features, predict, shipped, type Model } from './type-model.ts';

export const EVENT_TYPES = ['meeting', 'visit', 'call', 'summit', 'statement', 'agreement', 'exercise', 'election', 'announcement', 'incident', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const CATEGORIES = ['diplomacy', 'security', 'economy', 'politics', 'technology', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

interface Rule<T> {
  value: T;
  /** Matched against the whole summary. */
  text: RegExp;
  /** Matched against the linked key verb, if any; a hit here decides. */
  verb?: RegExp;
}

/** Words, not acts (labelling guide: statement). */
const STATEMENT_VERBS = [
  'says', 'said', '(?<!United )states', 'stated', 'declares', 'declared', 'urges', 'urged', 'presses', 'pressed', 'calls on', 'called on', 'calls for',
  'called for', 'appeals', 'appealed', 'concedes', 'conceded', 'insists', 'insisted', 'argues', 'argued', 'asserts', 'asserted', 'claims',
  'claimed', 'denies', 'denied', 'rejects', 'rejected', 'criticizes', 'criticises', 'criticized', 'criticised', 'faults', 'faulted', 'accuses',
  'accused', 'blames', 'blamed', 'condemns', 'condemned', 'denounces', 'denounced', 'protests', 'protested', 'lodges a protest', 'welcomes',
  'welcomed', 'praises', 'praised', 'hails', 'hailed', 'thanks', 'thanked', 'congratulates', 'congratulated', 'pledges', 'pledged', 'vows',
  'vowed', 'promises', 'promised', 'warns', 'warned', 'threatens', 'threatened', 'testifies', 'testified', 'expresses', 'expressed',
  'reiterates', 'reiterated', 'reaffirms', 'reaffirmed', 'stresses', 'stressed', 'emphasizes', 'emphasises', 'voices', 'voiced', 'regrets',
  'apologizes', 'apologises', 'apologized', 'demands', 'demanded', 'requests', 'requested', 'tells', 'told', 'remarks', 'describes',
  'likens', 'dismisses', 'dismissed', 'questions', 'calls it', 'calls the', 'opposes', 'opposed', 'supports', 'endorses', 'endorsed',
  'offers talks', 'offered talks', 'offers to', 'offered to', 'proposes', 'proposed', 'acknowledges', 'acknowledged', 'confirms', 'confirmed',
  'affirms', 'affirmed', 'slams', 'slammed', 'blasts', 'blasted', 'decries', 'decried', 'deplores', 'deplored', 'objects to', 'objected to',
  'complains', 'complained', 'responds', 'responded', 'replies', 'replied', 'comments', 'commented', 'labels', 'labelled', 'labeled',
  'lashes out', 'lashed out', 'refuses', 'refused', 'agrees in principle', 'notes that', 'noted that', 'hopes', 'believes',
].join('|');

/** Decisions and measures made known (labelling guide: announcement). */
const ANNOUNCEMENT_VERBS = [
  'publishes', 'published', 'releases', 'released', 'makes public', 'made public', 'puts out', 'imposes', 'imposed',
  'lifts', 'lifted', 'approves', 'approved', 'adopts', 'adopted', 'decides', 'decided', 'appoints', 'appointed', 'nominates', 'nominated',
  'designates', 'designated', 'establishes', 'established', 'creates', 'created', 'sets up', 'set up', 'bans', 'banned', 'restricts',
  'restricted', 'relaxes', 'relaxed', 'tightens', 'tightened', 'extends', 'extended', 'notifies', 'notified', 'authorizes', 'authorises',
  'authorized', 'enacts', 'enacted', 'passes a', 'passes the', 'passed a', 'passed the', 'raises its', 'lowers its', 'cuts its', 'chooses',
  'chose', 'selects', 'selected', 'sanctions', 'white paper', 'figures', 'resumes', 'suspends', 'suspended', 'halts', 'halted',
  'opens', 'opened', 'closes', 'closed', 'recogni[sz]es', 'recogni[sz]ed', 'grants', 'granted', 'allows', 'allowed', 'permits', 'permitted',
  'gives up', 'gave up', 'renounces', 'renounced', 'abandons', 'abandoned', 'withdraws', 'withdrew', 'pulls out', 'pulled out', 'freezes',
  'froze', 'cancels', 'cancel(l)?ed', 'postpones', 'postponed', 'revokes', 'revoked', 'introduces', 'introduced', 'orders', 'ordered',
  'proclaims', 'proclaimed', 'deploys', 'deployed', 'admits', 'admitted', 'expands', 'expanded', 'cuts off', 'cut off',
  'takes effect', 'take effect', 'took effect', 'comes into force', 'came into force', 'enters into force', 'entered into force',
  'drops', 'dropped', 'removes', 'removed', 'adds', 'added', 'lists', 'listed', 'delists', 'delisted', 'names', 'named',
].join('|');

/**
 * Unplanned or violent occurrences named in other words (labelling guide: incident): weapons
 * fired or tested, fighting by any name, and headlines that name a war or a clash.
 */
const INCIDENT_WORDS = [
  String.raw`(test-?fires?|test-?fired|fires?|fired|launch(es|ed)?|tests?|tested)\b[^.;]{0,60}\b(missiles?|rockets?|ICBMs?|SLBMs?|warheads?)`,
  String.raw`missiles?\b[^.;]{0,60}\b(fails?|failed|explodes?|exploded|falls? into|fell into|lands? in|landed in|splash(es|ed)? down)`,
  String.raw`(conducts?|conducted|carries out|carried out)\b[^.;]{0,30}\bnuclear (test|detonation)`,
  String.raw`nuclear tests?\b(?! (site|ban|moratorium|treaty))`,
  String.raw`(?<!(Cold|trade|tariff|price|currency|chip|tech|culture|word|information) )\bwars?\b(?! (dead|criminals?|crimes?|memorial|shrine|veterans?|games?|reparations|compensation|history|graves?|museum))`,
  String.raw`conflicts?\b(?! of interest)`, String.raw`ambush(es|ed)?`, String.raw`stand-?offs?`, String.raw`confrontations?`, String.raw`skirmish(es)?`,
  String.raw`fighting`, String.raw`shell(s|ed|ing)\b`, String.raw`shots? (are |were )?fired`, String.raw`defeats?\b`, String.raw`defeated`,
  String.raw`(take|takes|took|retake|retakes|retook) ([\w-]+ ){0,3}back`, String.raw`hostilities`, String.raw`stampede`, String.raw`earthquake`,
  String.raw`tsunami`, String.raw`typhoon`, String.raw`floods?\b`, String.raw`hijack(s|ed|ing)?`, String.raw`kidnap(s|ped|ping)?`, String.raw`abduct(s|ed|ion)`,
].join('|');

/**
 * A clause that sets the scene before the news ('On the eve of a meeting between Trump and Xi,
 * North Korea launches a missile'): the scene's words do not type the entry.
 */
const SCENE = /^(?:on the eve of|ahead of|in the run-up to|in response to|following|after|amid|despite|a (?:day|week|month) (?:after|before)|days (?:after|before)|weeks (?:after|before))\b[^,;]{3,120},\s*/i;

/** The summary without a leading scene-setting clause. */
function news(summary: string): string {
  return summary.replace(SCENE, '');
}

// Order matters for the linked verb (the first rule whose verb matches wins) and for the
// specific kinds below; otherwise the kind named first in the summary wins.
const TYPE_RULES: Rule<EventType>[] = [
  { value: 'call', verb: /^(speak|speaks|spoke|call|calls|called|phone|phones)$/i, text: /\b(by (tele)?phone|on the (tele)?phone|over the (tele)?phone|(tele)?phone (call|talks|conversation)s?|telephones?d?|phones|phoned|video ?call|videoconference|video conference|virtual (meeting|call))\b/i },
  { value: 'election', text: /\b((?<!new )elections?(?! (law|laws|commission|reform)\b)|by-elections?|referendum|plebiscite|re-?elected|(is|are|gets|get) elected|indirectly elected|wins? (a|the|his|her) (second |third |fourth )?(term|presidency|election|vote)|polls? (open|close)|go(es)? to the polls|voters? (elect|choose|return|reject|approve)s?|vote[sd]? (in|for) (the )?(general|presidential|parliamentary|upper|lower))\b/i },
  { value: 'exercise', verb: /^(drill|drills|exercise|exercises|train|trains)$/i, text: /\b(exercises?|drills?|joint training|war ?games?|naval manoeuvres|naval maneuvers)\b/i },
  { value: 'incident', verb: /^(crash|crashes|crashed|fire|fires|fired|launch|launches|launched|arrest|arrested|attack|attacks|attacked|collide|collides|seize|seizes|intrude|intrudes|disappear|disappears|disappeared)$/i, text: new RegExp(String.raw`\b(crash(es|ed)?|collid(e|es|ed)|collision|explosi(ve|on)|assassination|attack(s|ed)?\b|arrested|(fires?|fired|launch(es|ed)?) (an? )?([\w-]+ ){0,3}(missiles?|rockets?)\b|incursion|intrusion|shot down|disappear(s|ed)? from radar|(goes|went|gone) missing|raid(s|ed)?\b|detain(s|ed)?\b|insurrection|insurgen\w+|uprising|riots?\b|rebellion|captured|invad(e|es|ed|ing)|invasion|occup(y|ies|ied)\b|seiz(es|ed) power|coup\b|shot dead|assassinated|killed|kills|massacre|bomb(s|ed|ing)\b|clash(es|ed)?\b|launch(es|ed)? ([\w-]+ ){0,2}(attacks?|strikes?|offensive|invasion|raids?)\b|war (breaks|broke) out|expels?\b|sinks|sank|sunk|${INCIDENT_WORDS})`, 'i') },
  { value: 'agreement', verb: /^(sign|signs|signed|agree|agrees|agreed|conclude|concludes|concluded|ratify|ratifies)$/i, text: /\b(sign(s|ed)?\b|agreements?\b|memorand(um|a) of|MOU\b|MoC\b|treaty\b|accord\b|armistice|ceasefire|cease-fire|truce|(establish(es|ed)?|normali[sz]e[sd]?|restores?d?) (full )?(diplomatic )?(relations|ties)|relations\b[^.;]{0,40}\b(are|were|is|was) (established|normali[sz]ed|restored)|agree(s|d)? to|(announce[sd]?|unveil(s|ed)?) (an? |the )?([\w"“”'-]+ ){0,3}(deal|agreement|accord|pact)\b|(reach(es|ed)?|strikes?|struck|seal(s|ed)?) an? ([\w-]+ ){0,2}deal\b|(trade|tariff|investment|security) deal\b)/i },
  { value: 'visit', verb: /^(visit|visits|visited|travel|travels|tour|tours|arrive|arrives)$/i, text: /\b(visits?|visited|visiting|(travels?|travell?ed|travell?ing|goes|went|flies|flew|heads|headed|journeys?) to|trips? to|(makes|made|pays|paid) (an? |his |her |their )?([\w-]+ ){0,2}(trip|visit|journey|tour)|state visit|official visit|arrives? in|arrived in|tours?|toured|touring)\b/i },
  { value: 'statement', verb: /^(release|releases|released|issue|issues|issued|say|says|said|state|states|condemn|condemns|denounce|denounces|protest|protests|express|expresses|welcome|welcomes|criticize|criticizes|criticise|criticises)$/i, text: new RegExp(`\\b(statement|communiqu[eé]|press release|declaration|press conference|news conference|press briefing|interview|speech|address(es|ed)? (the|a|an)\\b|(New Year|New Year's|annual|televised|inaugural|national|policy) address|${STATEMENT_VERBS})\\b`, 'i') },
  { value: 'summit', text: /\bsummit\b/i },
  { value: 'meeting', verb: /^(meet|meets|met|hold|holds|held|host|hosts|hosted|convene|convenes|confer|confers|discuss|discusses|talk|talks|receive|receives|received|gather|gathers|resume|resumes|take place|takes place)$/i, text: /\b(meet(s|ing)?|met|receives? (a |the )?([\w-]+ ){0,3}(delegation|visitors?|minister|president|premier|envoy|counterpart|secretary)|talks|dialogue|consultations?|forum|(?<!(press|news) )conference|committee|gather(s|ed)?|convene[sd]?)\b/i },
  { value: 'announcement', verb: /^(announce|announces|announced|unveil|unveils|launch|launches|launched|plan|plans|suggest|suggests|report|reports|reveal|reveals|propose|proposes|offer|offers)$/i, text: new RegExp(`\\b(announce[sd]?|unveil(s|ed)?|launch(es|ed)?|plans?|reports?|propos(e|es|ed|al)|${ANNOUNCEMENT_VERBS})\\b`, 'i') },
  // Opinion polls, surveys and anniversaries are 'other' whatever else the entry says.
  { value: 'other', text: /\b(polls?\b(?! (open|close))|survey|approval rating|anniversary|memorial (hall|service|ceremony)|dies|died|passes away)\b/i },
];

const CATEGORY_PATTERNS: Rule<Category>[] = [
  { value: 'politics', text: /\b(elections?|by-elections?|re-?elected|referendum|parliament\w*|diet session|cabinet reshuffle|approval( rating)?|polls?|survey|assassination|resign(s|ed|ation)?|impeach\w*|coalition|political part(y|ies)|LDP|human rights|religious freedom|dissidents?|protesters|demonstrat\w+|constitution\w*|legislat\w+)\b/i },
  { value: 'security', text: /\b(defen[cs]e|military|missiles?|ICBM|nuclear|security|exercises?|drills?|self-defense forces?|troops|navy|naval|army|air force|coast guard|deterrence|2\+2|alliance|weapons?|arms|ballistic|PLA|NATO|AUKUS|intelligence|counterterror\w*|terror\w*|conflict|violence|war\b|wartime|narcotics|law enforcement|deploy\w*|warships?|submarines?|bases?|sanctions|denucleari[sz]\w*|provocation\w*)\b/i },
  { value: 'technology', text: /\b(space|satellites?|cyber\w*|semiconductors?|chips?|chipmak\w*|artificial intelligence|AI|quantum|internet|digital|5G|telecom\w*|critical and emerging technolog\w*)\b/i },
  { value: 'economy', text: /\b(econom\w*|trade|tariffs?|business|invest\w*|export controls?|supply chains?|energy|power partnership|finance|financial|currency|market|IPEF|commerce|industr\w*|LNG|infrastructure|climate|tax\w*|TPP|Trans-Pacific Partnership|rail\w*|tourism|tourists?|resort|GDP|growth|exports?|imports?|customs|yuan|yen|won\b|dollar|loans?|aid\b)\b/i },
];

// Global copies, compiled once, for counting every match.
const CATEGORY_RULES = CATEGORY_PATTERNS.map((r) => ({ ...r, all: new RegExp(r.text.source, 'gi') }));

/** Kinds that win wherever they are named: 'meet by video call', 'hold elections', 'hold exercises'. */
const SPECIFIC: readonly EventType[] = ['call', 'election', 'exercise'];

/** The kind named first in the summary ('…is held in Washington; both sides agree to…' is a meeting); specific kinds first. */
function typeFromText(summary: string): EventType | null {
  let best: EventType | null = null;
  let at = Infinity;
  for (const rule of TYPE_RULES) {
    const m = rule.text.exec(summary);
    if (!m) continue;
    if (SPECIFIC.includes(rule.value)) return rule.value;
    if (m.index < at) {
      best = rule.value;
      at = m.index;
    }
  }
  return best;
}

/** Linked verbs that only say something took place; what took place decides. */
const LIGHT_VERBS = /^(hold|holds|held|host|hosts|hosted)$/i;
/** Things held or hosted that are not gatherings of officials. */
const NOT_GATHERINGS = /\b(challenge|campaign|competition|contest|ceremony|festival|exhibition|expo|games|tournament|World Cup|presidency|chairmanship)\b/i;

/** The type the hand-written rules give. */
export function ruleType(whole: string, keyVerb: string | null, leadersFromCountries = 0): EventType {
  const summary = news(whole);
  const verb = keyVerb?.trim() ?? '';
  let chosen: EventType = 'other';
  if (verb && LIGHT_VERBS.test(verb) && !typeFromText(summary) && NOT_GATHERINGS.test(summary)) return 'other';
  if (verb) {
    const byVerb = TYPE_RULES.find((r) => r.verb?.test(verb));
    // The linked verb decides, except where the wording names a more specific kind
    // ("hold ... elections", "hold ... exercises", "speak by telephone").
    const specific = TYPE_RULES.find((r) => ['call', 'election', 'exercise', 'summit'].includes(r.value) && r.text.test(summary));
    chosen = specific?.value ?? byVerb?.value ?? 'other';
  }
  if (chosen === 'other') chosen = typeFromText(summary) ?? 'other';
  // Leaders of two or more countries meeting in person is a summit, whatever the verb.
  if (chosen === 'meeting' && leadersFromCountries >= 2) return 'summit';
  return chosen;
}

/** The category the hand-written rules give. */
export function ruleCategory(summary: string, type: EventType): Category {
  if (type === 'election') return 'politics';
  if (type === 'exercise') return 'security';
  // The category named most often wins; ties go to the earlier rule.
  let best: Category | null = null;
  let bestScore = 0;
  for (const rule of CATEGORY_RULES) {
    const score = summary.match(rule.all)?.length ?? 0;
    if (score > bestScore) {
      best = rule.value;
      bestScore = score;
    }
  }
  if (best) return best;
  if (['meeting', 'visit', 'call', 'summit', 'statement', 'agreement'].includes(type)) return 'diplomacy';
  return 'other';
}

/** Named facts the rules see in an entry, given to the model as features. */
export function ruleHints(summary: string, keyVerb: string | null, leadersFromCountries: number): string[] {
  const hints = [`ruled:${ruleType(summary, keyVerb, leadersFromCountries)}`, `leaders:${Math.min(leadersFromCountries, 2)}`];
  for (const rule of TYPE_RULES) if (rule.text.test(summary)) hints.push(`rule:${rule.value}`);
  const first = typeFromText(summary);
  if (first) hints.push(`first:${first}`);
  if (keyVerb) hints.push('linked');
  return hints;
}

/** Kinds the rules name with certainty: the guide puts them first, and their words are unmistakable. */
function certainRuleType(summary: string, keyVerb: string | null, leaders: number): EventType | null {
  const ruled = ruleType(summary, keyVerb, leaders);
  if (keyVerb) return ruled;
  const specific = TYPE_RULES.find((r) => SPECIFIC.includes(r.value) && r.text.test(summary));
  return specific ? ruled : null;
}

export function classifyType(summary: string, keyVerb: string | null, leadersFromCountries = 0, model: Model = shipped): EventType {
  const policy = model.policy ?? 'rules';
  if (policy === 'rules' || model.trainedOn.entries === 0) return ruleType(summary, keyVerb, leadersFromCountries);
  if (policy === 'model-unless-certain') {
    const certain = certainRuleType(summary, keyVerb, leadersFromCountries);
    if (certain) return certain;
  }
  const type = predict(model.type, features(summary, keyVerb, ruleHints(summary, keyVerb, leadersFromCountries))).value as EventType;
  // Leaders of two or more countries meeting in person is a summit, whatever the verb.
  return type === 'meeting' && leadersFromCountries >= 2 ? 'summit' : type;
}

export function classifyCategory(summary: string, type: EventType, model: Model = shipped): Category {
  if ((model.categoryPolicy ?? 'rules') === 'rules' || model.trainedOn.entries === 0) return ruleCategory(summary, type);
  if (type === 'election') return 'politics';
  return predict(model.category, features(summary, null, [`type:${type}`, `rulecat:${ruleCategory(summary, type)}`])).value as Category;
}