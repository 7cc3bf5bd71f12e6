/**
 * Officials an entry can name, with their offices over time, so the matcher can tell who
 * "President Kim" or "Secretary Austin" was on the entry's date.
 *
 * Coverage, 2020-01-01 to late 2026: heads of state and government, foreign and defence
 * ministers and their principal deputies for the G7 states, China, both Koreas, Australia,
 * India, Russia and the ten ASEAN states; for the US also the Secretary of Commerce, the Trade
 * Representative, the National Security Adviser, the Treasury Secretary and the climate envoy;
 * for Japan the Chief Cabinet Secretary; for China the vice premier for the economy;
 * everyone named in the US–Japan seed chronology (Jan–Apr 2023); and a few heads of
 * organisations (UN, NATO, EU) and of Taiwan and Ukraine. Offices held from 1945 to 2019 in
 * some 40 states come from data/officials-1945-*.json, merged in by officials-history.ts.
 *
 * Dates: `from` is the first day in office; `to` is the day the office passed to someone else
 * (the successor's first day), so a role covers a date when from <= date < to. `to: null` means
 * in office as far as this list knows. Dates marked `// approximate` are the best known, not
 * checked to the day. Changes after late 2025 were checked only where noted (e.g. Myanmar's
 * presidency, April 2026); Vietnam's April 2026 state appointments and Laos's 2026 ones are not
 * reflected.
 *
 * Levels: heads of state or government (incl. acting ones, monarchs, the EU's two presidents)
 * = 'leader'; cabinet members = 'minister' — this includes vice presidents, the US Trade
 * Representative, the Secretary of Commerce and national security advisers who sit at cabinet
 * rank (US, South Korea, India); South Korea's prime minister, who is appointed by and serves
 * under the president, is a 'minister'; deputies, junior ministers (ministers of state,
 * parliamentary and assistant ministers), envoys (including the cabinet-level climate envoy),
 * ambassadors, civil servants, heads of secretariats (UN, NATO), legislators, governors and
 * leaders' spouses = 'official'.
 *
 * Aliases: the name as usually written is matched too. Aliases include family-name-first forms
 * ('Kishida Fumio'), the family name alone ('Kishida') and romanisation variants; hyphenated
 * given names are also matched without the hyphen ('Cho Hyundong') — the matcher adds those
 * forms itself. Titles are not aliases, except where a regnal name includes one ('Sultan
 * Ibrahim'). Aliases listed in `ambiguous` (common surnames and words: 'Johnson', 'Austin',
 * 'Lam') count only after a title ('Secretary Austin').
 */
import { withHistory } from './officials-history.ts';

export interface Role {
  /** As usually written in English: 'Secretary of State'. */
  title: string;
  level: 'leader' | 'minister' | 'official';
  /** YYYY-MM-DD, first day in office. */
  from: string;
  /** YYYY-MM-DD, the day the office passed on; null = still in office as far as known. */
  to: string | null;
  /** Whom the role acts for when not the person's own country: 'NATO' for its Secretary General. */
  country?: string;
}

export interface Person {
  /** Stable slug: family name, given name. */
  id: string;
  /** As usually written in the English-language press. */
  name: string;
  aliases: string[];
  /** Alpha-2 of the person's own country (an organisation code for international civil servants without one). */
  country: string;
  roles: Role[];
  /** Aliases (usually a bare family name) that count only after a title. */
  ambiguous?: string[];
  /** The last day the lists behind this person's offices speak for; later, the office is not known. */
  knownUntil?: string;
}

type Level = Role['level'];
const LEADER: Level = 'leader';
const MINISTER: Level = 'minister';
const OFFICIAL: Level = 'official';

function r(title: string, level: Level, from: string, to: string | null = null, country?: string): Role {
  return country ? { title, level, from, to, country } : { title, level, from, to };
}

function p(id: string, name: string, country: string, aliases: string[], roles: Role[], ambiguous?: string[]): Person {
  return ambiguous ? { id, name, aliases, country, roles, ambiguous } : { id, name, aliases, country, roles };
}

// -------------------------------------------------------------------------------------------
// United States
// -------------------------------------------------------------------------------------------
const unitedStates: Person[] = [
  p('trump-donald', 'Donald Trump', 'US', ['Trump', 'Donald J. Trump'], [
    r('President', LEADER, '2017-01-20', '2021-01-20'),
    r('President', LEADER, '2025-01-20'),
  ]),
  p('biden-joe', 'Joe Biden', 'US', ['Biden', 'Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.'], [
    r('Vice President', MINISTER, '2009-01-20', '2017-01-20'),
    r('President', LEADER, '2021-01-20', '2025-01-20'),
  ]),
  p('pence-mike', 'Mike Pence', 'US', ['Pence', 'Michael Pence'], [r('Vice President', MINISTER, '2017-01-20', '2021-01-20')]),
  p('harris-kamala', 'Kamala Harris', 'US', ['Harris'], [r('Vice President', MINISTER, '2021-01-20', '2025-01-20')], ['Harris']),
  p('vance-jd', 'JD Vance', 'US', ['J.D. Vance', 'Vance'], [r('Vice President', MINISTER, '2025-01-20')]),
  p('pompeo-mike', 'Mike Pompeo', 'US', ['Pompeo', 'Michael Pompeo'], [r('Secretary of State', MINISTER, '2018-04-26', '2021-01-20')]),
  p('blinken-antony', 'Antony Blinken', 'US', ['Blinken', 'Tony Blinken', 'Antony J. Blinken'], [
    r('Deputy Secretary of State', OFFICIAL, '2015-01-09', '2017-01-20'),
    r('Secretary of State', MINISTER, '2021-01-26', '2025-01-20'),
  ]),
  p('rubio-marco', 'Marco Rubio', 'US', ['Rubio'], [
    r('Senator from Florida', OFFICIAL, '2011-01-03', '2025-01-20'),
    r('Secretary of State', MINISTER, '2025-01-21'),
    r('Acting National Security Adviser', MINISTER, '2025-05-01'),
  ]),
  p('biegun-stephen', 'Stephen Biegun', 'US', ['Biegun', 'Steve Biegun'], [r('Deputy Secretary of State', OFFICIAL, '2019-12-21', '2021-01-20')]),
  p('sherman-wendy', 'Wendy Sherman', 'US', ['Sherman', 'Wendy R. Sherman'], [r('Deputy Secretary of State', OFFICIAL, '2021-04-14', '2023-07-28')]),
  p('nuland-victoria', 'Victoria Nuland', 'US', ['Nuland', 'Toria Nuland'], [
    r('Under Secretary of State for Political Affairs', OFFICIAL, '2021-05-03', '2024-03-22'),
    r('Acting Deputy Secretary of State', OFFICIAL, '2023-07-28', '2024-02-12'),
  ]),
  p('campbell-kurt', 'Kurt Campbell', 'US', ['Campbell', 'Kurt M. Campbell'], [
    r('Coordinator for Indo-Pacific Affairs, National Security Council', OFFICIAL, '2021-01-20', '2024-02-12'),
    r('Deputy Secretary of State', OFFICIAL, '2024-02-12', '2025-01-20'),
  ], ['Campbell']),
  p('landau-christopher', 'Christopher Landau', 'US', ['Landau', 'Chris Landau'], [r('Deputy Secretary of State', OFFICIAL, '2025-03-25')]),
  p('esper-mark', 'Mark Esper', 'US', ['Esper'], [r('Secretary of Defense', MINISTER, '2019-07-23', '2020-11-09')]),
  p('miller-christopher', 'Christopher Miller', 'US', ['Christopher C. Miller', 'Chris Miller', 'Miller'], [
    r('Acting Secretary of Defense', MINISTER, '2020-11-09', '2021-01-20'),
  ], ['Miller']),
  p('austin-lloyd', 'Lloyd Austin', 'US', ['Austin', 'Lloyd J. Austin', 'Lloyd J. Austin III', 'Lloyd Austin III'], [
    r('Secretary of Defense', MINISTER, '2021-01-22', '2025-01-20'),
  ], ['Austin']),
  p('hegseth-pete', 'Pete Hegseth', 'US', ['Hegseth', 'Peter Hegseth'], [
    r('Secretary of Defense', MINISTER, '2025-01-25'),
    // Secondary title by executive order.
    r('Secretary of War', MINISTER, '2025-09-05'),
  ]),
  p('norquist-david', 'David Norquist', 'US', ['Norquist'], [r('Deputy Secretary of Defense', OFFICIAL, '2019-07-31', '2021-01-20')]),
  p('hicks-kathleen', 'Kathleen Hicks', 'US', ['Hicks', 'Kath Hicks'], [r('Deputy Secretary of Defense', OFFICIAL, '2021-02-09', '2025-01-20')]),
  p('feinberg-steve', 'Steve Feinberg', 'US', ['Feinberg', 'Stephen Feinberg'], [r('Deputy Secretary of Defense', OFFICIAL, '2025-03-17')]),
  p('kahl-colin', 'Colin Kahl', 'US', ['Kahl'], [r('Under Secretary of Defense for Policy', OFFICIAL, '2021-04-28', '2023-07-21')]),
  p('colby-elbridge', 'Elbridge Colby', 'US', ['Colby', 'Bridge Colby'], [
    r('Under Secretary of Defense for Policy', OFFICIAL, '2025-04-09'), // approximate
  ]),
  p('ratner-ely', 'Ely Ratner', 'US', ['Ratner', 'Ely S. Ratner'], [
    r('Assistant Secretary of Defense for Indo-Pacific Security Affairs', OFFICIAL, '2021-07-30', '2025-01-20'), // approximate start
  ]),
  p('ross-wilbur', 'Wilbur Ross', 'US', ['Ross'], [r('Secretary of Commerce', MINISTER, '2017-02-28', '2021-01-20')], ['Ross']),
  p('raimondo-gina', 'Gina Raimondo', 'US', ['Raimondo'], [
    r('Governor of Rhode Island', OFFICIAL, '2015-01-06', '2021-03-02'),
    r('Secretary of Commerce', MINISTER, '2021-03-03', '2025-01-20'),
  ]),
  p('lutnick-howard', 'Howard Lutnick', 'US', ['Lutnick'], [r('Secretary of Commerce', MINISTER, '2025-02-21')]),
  p('lighthizer-robert', 'Robert Lighthizer', 'US', ['Lighthizer', 'Bob Lighthizer'], [r('Trade Representative', MINISTER, '2017-05-15', '2021-01-20')]),
  p('tai-katherine', 'Katherine Tai', 'US', ['Tai', 'Katherine C. Tai'], [r('Trade Representative', MINISTER, '2021-03-18', '2025-01-20')], ['Tai']),
  p('greer-jamieson', 'Jamieson Greer', 'US', ['Greer'], [r('Trade Representative', MINISTER, '2025-02-27')]), // approximate
  p('obrien-robert', "Robert O'Brien", 'US', ["O'Brien", "Robert C. O'Brien"], [
    r('National Security Adviser', MINISTER, '2019-09-18', '2021-01-20'),
  ], ["O'Brien"]),
  p('sullivan-jake', 'Jake Sullivan', 'US', ['Sullivan'], [r('National Security Adviser', MINISTER, '2021-01-20', '2025-01-20')], ['Sullivan']),
  p('yellen-janet', 'Janet Yellen', 'US', ['Yellen', 'Janet L. Yellen'], [r('Secretary of the Treasury', MINISTER, '2021-01-26', '2025-01-20')]),
  p('bessent-scott', 'Scott Bessent', 'US', ['Bessent'], [r('Secretary of the Treasury', MINISTER, '2025-01-28')]),
  // Named in chronologies of 2008-2013.
  p('obama-barack', 'Barack Obama', 'US', ['Obama', 'Barack H. Obama'], [r('President', LEADER, '2009-01-20', '2017-01-20')]),
  p('clinton-hillary', 'Hillary Clinton', 'US', ['Hillary Rodham Clinton', 'Clinton'], [
    r('Secretary of State', MINISTER, '2009-01-21', '2013-02-01'),
  ], ['Clinton']),
  p('waltz-mike', 'Mike Waltz', 'US', ['Waltz', 'Michael Waltz'], [
    r('National Security Adviser', MINISTER, '2025-01-20', '2025-05-01'),
    r('Ambassador to the United Nations', OFFICIAL, '2025-09-19'), // approximate
  ]),
  p('kerry-john', 'John Kerry', 'US', ['Kerry', 'John F. Kerry'], [
    r('Secretary of State', MINISTER, '2013-02-01', '2017-01-20'),
    r('Special Presidential Envoy for Climate', OFFICIAL, '2021-01-20', '2024-03-06'),
  ]),
  p('podesta-john', 'John Podesta', 'US', ['Podesta'], [
    r('Senior Advisor to the President for International Climate Policy', OFFICIAL, '2024-03-06', '2025-01-20'),
  ]),
  p('thomas-greenfield-linda', 'Linda Thomas-Greenfield', 'US', ['Thomas-Greenfield'], [
    r('Ambassador to the United Nations', OFFICIAL, '2021-02-24', '2025-01-20'),
  ]),
  p('emanuel-rahm', 'Rahm Emanuel', 'US', ['Emanuel'], [
    r('Ambassador to Japan', OFFICIAL, '2022-03-25', '2025-01-15'), // approximate
  ]),
  p('glass-george', 'George Glass', 'US', ['Glass'], [r('Ambassador to Japan', OFFICIAL, '2025-04-28')], ['Glass']), // approximate
  p('kim-sung', 'Sung Kim', 'US', ['Sung Y. Kim', 'Kim'], [
    r('Ambassador to Indonesia', OFFICIAL, '2020-11-01', '2023-07-31'), // approximate
    r('Special Representative for North Korea', OFFICIAL, '2021-05-21', '2023-07-31'), // approximate end
  ]),
  p('biden-jill', 'Jill Biden', 'US', ['Dr. Jill Biden', 'Biden'], [r('First Lady', OFFICIAL, '2021-01-20', '2025-01-20')]),
  p('duckworth-tammy', 'Tammy Duckworth', 'US', ['Duckworth'], [r('Senator from Illinois', OFFICIAL, '2017-01-03')]),
  p('youngkin-glenn', 'Glenn Youngkin', 'US', ['Youngkin'], [r('Governor of Virginia', OFFICIAL, '2022-01-15', '2026-01-17')]), // approximate end
  p('desantis-ron', 'Ron DeSantis', 'US', ['DeSantis'], [r('Governor of Florida', OFFICIAL, '2019-01-08')]),
  p('polis-jared', 'Jared Polis', 'US', ['Polis'], [r('Governor of Colorado', OFFICIAL, '2019-01-08')]),
];

// -------------------------------------------------------------------------------------------
// Japan
// -------------------------------------------------------------------------------------------
const japan: Person[] = [
  p('naruhito', 'Naruhito', 'JP', [], [r('Emperor', LEADER, '2019-05-01')]),
  p('abe-shinzo', 'Shinzo Abe', 'JP', ['Abe Shinzo', 'Abe', 'Shinzō Abe'], [
    r('Prime Minister', LEADER, '2006-09-26', '2007-09-26'),
    r('Prime Minister', LEADER, '2012-12-26', '2020-09-16'),
  ]),
  p('suga-yoshihide', 'Yoshihide Suga', 'JP', ['Suga Yoshihide', 'Suga'], [
    r('Chief Cabinet Secretary', MINISTER, '2012-12-26', '2020-09-16'),
    r('Prime Minister', LEADER, '2020-09-16', '2021-10-04'),
  ]),
  // Named in chronologies of 2008-2013.
  p('aso-taro', 'Taro Aso', 'JP', ['Aso Taro', 'Aso', 'Tarō Asō', 'Asō Tarō'], [
    r('Prime Minister', LEADER, '2008-09-24', '2009-09-16'),
    r('Deputy Prime Minister', MINISTER, '2012-12-26', '2021-10-04'),
  ]),
  p('hatoyama-yukio', 'Yukio Hatoyama', 'JP', ['Hatoyama Yukio', 'Hatoyama'], [r('Prime Minister', LEADER, '2009-09-16', '2010-06-08')]),
  p('kishida-fumio', 'Fumio Kishida', 'JP', ['Kishida Fumio', 'Kishida'], [
    r('Foreign Minister', MINISTER, '2012-12-26', '2017-08-03'),
    r('Prime Minister', LEADER, '2021-10-04', '2024-10-01'),
  ]),
  p('ishiba-shigeru', 'Shigeru Ishiba', 'JP', ['Ishiba Shigeru', 'Ishiba'], [r('Prime Minister', LEADER, '2024-10-01', '2025-10-21')]),
  p('takaichi-sanae', 'Sanae Takaichi', 'JP', ['Takaichi Sanae', 'Takaichi'], [
    r('Minister of State for Economic Security', MINISTER, '2022-08-10', '2024-10-01'),
    r('Prime Minister', LEADER, '2025-10-21'),
  ]),
  p('motegi-toshimitsu', 'Toshimitsu Motegi', 'JP', ['Motegi Toshimitsu', 'Motegi'], [
    r('Foreign Minister', MINISTER, '2019-09-11', '2021-11-04'),
    r('Foreign Minister', MINISTER, '2025-10-21'),
  ]),
  p('hayashi-yoshimasa', 'Yoshimasa Hayashi', 'JP', ['Hayashi Yoshimasa', 'Hayashi'], [
    r('Foreign Minister', MINISTER, '2021-11-10', '2023-09-13'),
    r('Chief Cabinet Secretary', MINISTER, '2023-12-14', '2025-10-21'),
    r('Minister for Internal Affairs and Communications', MINISTER, '2025-10-21'),
  ]),
  p('kamikawa-yoko', 'Yoko Kamikawa', 'JP', ['Kamikawa Yoko', 'Kamikawa'], [r('Foreign Minister', MINISTER, '2023-09-13', '2024-10-01')]),
  p('iwaya-takeshi', 'Takeshi Iwaya', 'JP', ['Iwaya Takeshi', 'Iwaya'], [r('Foreign Minister', MINISTER, '2024-10-01', '2025-10-21')]),
  p('kono-taro', 'Taro Kono', 'JP', ['Kono Taro', 'Kono', 'Tarō Kōno', 'Kōno Tarō'], [
    r('Foreign Minister', MINISTER, '2017-08-03', '2019-09-11'),
    r('Defense Minister', MINISTER, '2019-09-11', '2020-09-16'),
    r('Minister for Administrative Reform', MINISTER, '2020-09-16', '2021-10-04'),
    r('Minister for Digital Transformation', MINISTER, '2022-08-10', '2024-10-01'),
  ]),
  p('kishi-nobuo', 'Nobuo Kishi', 'JP', ['Kishi Nobuo', 'Kishi'], [
    r('Defense Minister', MINISTER, '2020-09-16', '2022-08-10'),
    r('Special Advisor to the Prime Minister', OFFICIAL, '2022-08-10', '2023-09-13'), // approximate end
  ]),
  p('hamada-yasukazu', 'Yasukazu Hamada', 'JP', ['Hamada Yasukazu', 'Hamada'], [
    r('Defense Minister', MINISTER, '2008-09-24', '2009-09-16'),
    r('Defense Minister', MINISTER, '2022-08-10', '2023-09-13'),
  ]),
  p('kihara-minoru', 'Minoru Kihara', 'JP', ['Kihara Minoru', 'Kihara'], [
    r('Defense Minister', MINISTER, '2023-09-13', '2024-10-01'),
    r('Chief Cabinet Secretary', MINISTER, '2025-10-21'),
  ]),
  p('nakatani-gen', 'Gen Nakatani', 'JP', ['Nakatani Gen', 'Nakatani'], [
    r('Defense Minister', MINISTER, '2014-12-24', '2016-08-03'),
    r('Defense Minister', MINISTER, '2024-10-01', '2025-10-21'),
  ]),
  p('koizumi-shinjiro', 'Shinjiro Koizumi', 'JP', ['Koizumi Shinjiro', 'Koizumi', 'Shinjirō Koizumi'], [
    r('Minister of the Environment', MINISTER, '2019-09-11', '2021-10-04'),
    r('Minister of Agriculture, Forestry and Fisheries', MINISTER, '2025-05-21', '2025-10-21'),
    r('Defense Minister', MINISTER, '2025-10-21'),
  ]),
  p('kato-katsunobu', 'Katsunobu Kato', 'JP', ['Kato Katsunobu', 'Kato'], [
    r('Chief Cabinet Secretary', MINISTER, '2020-09-16', '2021-10-04'),
    r('Minister of Finance', MINISTER, '2024-10-01', '2025-10-21'),
  ], ['Kato']),
  p('matsuno-hirokazu', 'Hirokazu Matsuno', 'JP', ['Matsuno Hirokazu', 'Matsuno'], [
    r('Chief Cabinet Secretary', MINISTER, '2021-10-04', '2023-12-14'),
  ]),
  p('akiba-takeo', 'Takeo Akiba', 'JP', ['Akiba Takeo', 'Akiba'], [
    r('Vice-Minister for Foreign Affairs', OFFICIAL, '2018-01-09', '2021-06-29'), // approximate
    r('Secretary General of the National Security Secretariat', OFFICIAL, '2021-07-01', '2025-01-20'), // approximate start
  ]),
  p('mori-takeo', 'Takeo Mori', 'JP', ['Mori Takeo', 'Mori'], [
    r('Vice-Minister for Foreign Affairs', OFFICIAL, '2021-06-29', '2023-08-10'), // approximate start
  ]),
  p('okano-masataka', 'Masataka Okano', 'JP', ['Okano Masataka', 'Okano'], [
    r('Vice-Minister for Foreign Affairs', OFFICIAL, '2023-08-10', '2025-01-20'),
    r('Secretary General of the National Security Secretariat', OFFICIAL, '2025-01-20'),
  ]),
  p('funakoshi-takehiro', 'Takehiro Funakoshi', 'JP', ['Funakoshi Takehiro', 'Funakoshi'], [
    r('Director-General of the Asian and Oceanian Affairs Bureau', OFFICIAL, '2020-12-02', '2023-08-10'), // approximate start
    r('Senior Deputy Minister for Foreign Affairs', OFFICIAL, '2023-08-10', '2025-01-20'),
    r('Vice-Minister for Foreign Affairs', OFFICIAL, '2025-01-20'),
  ]),
  p('shimada-kazuhisa', 'Kazuhisa Shimada', 'JP', ['Shimada Kazuhisa', 'Shimada'], [
    r('Administrative Vice-Minister of Defense', OFFICIAL, '2020-08-01', '2022-07-01'), // approximate
  ]),
  p('suzuki-atsuo', 'Atsuo Suzuki', 'JP', ['Suzuki Atsuo', 'Suzuki'], [
    r('Administrative Vice-Minister of Defense', OFFICIAL, '2022-07-01', '2023-07-14'), // approximate start
  ], ['Suzuki']),
  p('masuda-kazuo', 'Kazuo Masuda', 'JP', ['Masuda Kazuo', 'Masuda'], [
    r('Director General of the Defense Policy Bureau', OFFICIAL, '2021-07-01', '2023-07-14'), // approximate start
    r('Administrative Vice-Minister of Defense', OFFICIAL, '2023-07-14', '2025-08-01'),
  ]),
  p('yamato-taro', 'Taro Yamato', 'JP', ['Yamato Taro', 'Yamato'], [r('Administrative Vice-Minister of Defense', OFFICIAL, '2025-08-01')], ['Yamato']),
  p('kishida-yuko', 'Yuko Kishida', 'JP', ['Kishida Yuko', 'Kishida'], [r('Spouse of the Prime Minister', OFFICIAL, '2021-10-04', '2024-10-01')]),
];

// -------------------------------------------------------------------------------------------
// China
// -------------------------------------------------------------------------------------------
const china: Person[] = [
  // Named in chronologies of 2008-2013.
  p('hu-jintao', 'Hu Jintao', 'CN', ['Hu'], [
    r('General Secretary of the Chinese Communist Party', LEADER, '2002-11-15', '2012-11-15'),
    r('President', LEADER, '2003-03-15', '2013-03-14'),
  ]),
  p('wen-jiabao', 'Wen Jiabao', 'CN', ['Wen'], [r('Premier', LEADER, '2003-03-16', '2013-03-15')]),
  p('yang-jiechi', 'Yang Jiechi', 'CN', ['Yang'], [
    r('Foreign Minister', MINISTER, '2007-04-27', '2013-03-16'),
    r('State Councilor', MINISTER, '2013-03-16', '2018-03-19'), // approximate
  ], ['Yang']),
  p('he-lifeng', 'He Lifeng', 'CN', [], [r('Vice Premier', MINISTER, '2023-03-12')]),
  p('xi-jinping', 'Xi Jinping', 'CN', ['Xi'], [
    r('General Secretary of the Chinese Communist Party', LEADER, '2012-11-15'),
    r('President', LEADER, '2013-03-14'),
  ]),
  p('li-keqiang', 'Li Keqiang', 'CN', ['Li'], [r('Premier', LEADER, '2013-03-15', '2023-03-11')]),
  p('li-qiang', 'Li Qiang', 'CN', ['Li'], [r('Premier', LEADER, '2023-03-11')]),
  p('wang-qishan', 'Wang Qishan', 'CN', ['Wang'], [r('Vice President', MINISTER, '2018-03-17', '2023-03-10')]),
  p('han-zheng', 'Han Zheng', 'CN', ['Han'], [
    r('Vice Premier', MINISTER, '2018-03-19', '2023-03-12'),
    r('Vice President', MINISTER, '2023-03-10'),
  ], ['Han']),
  p('wang-yi', 'Wang Yi', 'CN', ['Wang'], [
    r('Foreign Minister', MINISTER, '2013-03-16', '2022-12-30'),
    r('State Councilor', MINISTER, '2018-03-19', '2023-03-12'),
    r('Director of the Office of the Central Foreign Affairs Commission', MINISTER, '2023-01-01'), // approximate
    r('Foreign Minister', MINISTER, '2023-07-25'),
  ]),
  p('qin-gang', 'Qin Gang', 'CN', ['Qin'], [
    r('Ambassador to the United States', OFFICIAL, '2021-07-28', '2022-12-30'),
    r('Foreign Minister', MINISTER, '2022-12-30', '2023-07-25'),
  ]),
  p('wei-fenghe', 'Wei Fenghe', 'CN', ['Wei'], [r('Minister of National Defense', MINISTER, '2018-03-19', '2023-03-12')]),
  p('li-shangfu', 'Li Shangfu', 'CN', ['Li'], [r('Minister of National Defense', MINISTER, '2023-03-12', '2023-10-24')]),
  p('dong-jun', 'Dong Jun', 'CN', ['Dong'], [r('Minister of National Defense', MINISTER, '2023-12-29')], ['Dong']),
  p('le-yucheng', 'Le Yucheng', 'CN', [], [
    r('Executive Vice Minister of Foreign Affairs', OFFICIAL, '2018-01-01', '2022-06-01'), // approximate
  ]),
  p('ma-zhaoxu', 'Ma Zhaoxu', 'CN', [], [
    r('Executive Vice Minister of Foreign Affairs', OFFICIAL, '2022-09-01'), // approximate
  ]),
  p('xie-feng', 'Xie Feng', 'CN', [], [
    r('Vice Minister of Foreign Affairs', OFFICIAL, '2021-01-01', '2023-05-23'), // approximate
    r('Ambassador to the United States', OFFICIAL, '2023-05-23'), // approximate
  ]),
];

// -------------------------------------------------------------------------------------------
// South Korea
// -------------------------------------------------------------------------------------------
const southKorea: Person[] = [
  // 'Moon' alone is too often the Moon (space cooperation entries).
  p('moon-jae-in', 'Moon Jae-in', 'KR', ['Moon'], [r('President', LEADER, '2017-05-10', '2022-05-10')], ['Moon']),
  // Named in chronologies of 2008-2013.
  p('lee-myung-bak', 'Lee Myung-bak', 'KR', [], [r('President', LEADER, '2008-02-25', '2013-02-25')]),
  p('yoon-suk-yeol', 'Yoon Suk Yeol', 'KR', ['Yoon', 'Yoon Suk-yeol', 'Yoon Seok-youl'], [
    // Suspended from 2024-12-14 (impeachment) until removal by the Constitutional Court.
    r('President', LEADER, '2022-05-10', '2025-04-04'),
  ]),
  p('han-duck-soo', 'Han Duck-soo', 'KR', ['Han Deok-su', 'Han'], [
    r('Prime Minister', MINISTER, '2022-05-21', '2025-05-01'),
    r('Acting President', LEADER, '2024-12-14', '2024-12-27'),
    r('Acting President', LEADER, '2025-03-24', '2025-05-01'),
  ], ['Han']),
  p('choi-sang-mok', 'Choi Sang-mok', 'KR', ['Choi'], [
    r('Deputy Prime Minister and Minister of Economy and Finance', MINISTER, '2023-12-29', '2025-05-02'),
    r('Acting President', LEADER, '2024-12-27', '2025-03-24'),
    // Again for a few hours after Han resigned to run for president, until he resigned himself.
    r('Acting President', LEADER, '2025-05-01', '2025-05-02'),
  ]),
  p('lee-ju-ho', 'Lee Ju-ho', 'KR', ['Lee'], [
    r('Deputy Prime Minister and Minister of Education', MINISTER, '2022-11-10', '2025-06-04'), // approximate start
    r('Acting President', LEADER, '2025-05-02', '2025-06-04'),
  ]),
  p('lee-jae-myung', 'Lee Jae-myung', 'KR', ['Lee Jae Myung', 'Lee'], [r('President', LEADER, '2025-06-04')]),
  p('chung-sye-kyun', 'Chung Sye-kyun', 'KR', ['Chung'], [r('Prime Minister', MINISTER, '2020-01-14', '2021-04-16')]),
  p('kim-boo-kyum', 'Kim Boo-kyum', 'KR', ['Kim'], [r('Prime Minister', MINISTER, '2021-05-14', '2022-05-12')]),
  p('kim-min-seok', 'Kim Min-seok', 'KR', ['Kim'], [r('Prime Minister', MINISTER, '2025-07-03')]),
  p('kang-kyung-wha', 'Kang Kyung-wha', 'KR', ['Kang'], [
    r('Foreign Minister', MINISTER, '2017-06-18', '2021-02-09'),
    r('Ambassador to the United States', OFFICIAL, '2025-10-01'), // approximate
  ]),
  p('chung-eui-yong', 'Chung Eui-yong', 'KR', ['Chung'], [
    r('National Security Adviser', MINISTER, '2017-05-21', '2020-07-03'),
    r('Foreign Minister', MINISTER, '2021-02-09', '2022-05-12'),
  ]),
  p('park-jin', 'Park Jin', 'KR', ['Park'], [r('Foreign Minister', MINISTER, '2022-05-12', '2024-01-10')]),
  p('cho-tae-yul', 'Cho Tae-yul', 'KR', ['Cho Tae-yool', 'Cho'], [r('Foreign Minister', MINISTER, '2024-01-10', '2025-07-21')]), // approximate end
  p('cho-hyun', 'Cho Hyun', 'KR', ['Cho'], [r('Foreign Minister', MINISTER, '2025-07-21')]), // approximate
  p('choi-jong-kun', 'Choi Jong-kun', 'KR', ['Choi'], [r('First Vice Foreign Minister', OFFICIAL, '2020-08-14', '2022-05-10')]),
  p('cho-hyun-dong', 'Cho Hyun-dong', 'KR', ['Cho Hyeon-dong', 'Cho'], [
    r('First Vice Foreign Minister', OFFICIAL, '2022-05-10', '2023-04-10'), // approximate
    r('Ambassador to the United States', OFFICIAL, '2023-04-10', '2025-07-31'), // approximate
  ]),
  p('chang-ho-jin', 'Chang Ho-jin', 'KR', ['Chang'], [
    r('First Vice Foreign Minister', OFFICIAL, '2023-04-10', '2024-01-25'), // approximate
  ]),
  p('kim-hong-kyun', 'Kim Hong-kyun', 'KR', ['Kim'], [
    r('First Vice Foreign Minister', OFFICIAL, '2024-01-25', '2025-06-10'), // approximate
  ]),
  p('park-yoon-joo', 'Park Yoon-joo', 'KR', ['Park'], [r('First Vice Foreign Minister', OFFICIAL, '2025-06-10')]), // approximate
  p('jeong-kyeong-doo', 'Jeong Kyeong-doo', 'KR', ['Jeong'], [r('Minister of National Defense', MINISTER, '2018-09-21', '2020-09-18')]),
  p('suh-wook', 'Suh Wook', 'KR', ['Suh'], [r('Minister of National Defense', MINISTER, '2020-09-18', '2022-05-10')]),
  p('lee-jong-sup', 'Lee Jong-sup', 'KR', ['Lee'], [r('Minister of National Defense', MINISTER, '2022-05-10', '2023-10-07')]),
  p('shin-won-sik', 'Shin Won-sik', 'KR', ['Shin'], [
    r('Minister of National Defense', MINISTER, '2023-10-07', '2024-09-06'),
    r('National Security Adviser', MINISTER, '2024-09-06', '2025-06-04'), // approximate end
  ]),
  p('kim-yong-hyun', 'Kim Yong-hyun', 'KR', ['Kim'], [r('Minister of National Defense', MINISTER, '2024-09-06', '2024-12-05')]),
  p('ahn-gyu-back', 'Ahn Gyu-back', 'KR', ['Ahn'], [r('Minister of National Defense', MINISTER, '2025-07-25')]),
  p('shin-beom-chul', 'Shin Beom-chul', 'KR', ['Shin'], [
    r('Vice Minister of National Defense', OFFICIAL, '2022-05-10', '2023-10-20'),
  ]),
  p('kim-seon-ho', 'Kim Seon-ho', 'KR', ['Kim'], [
    r('Vice Minister of National Defense', OFFICIAL, '2023-10-20', '2025-07-25'), // approximate end
    r('Acting Minister of National Defense', MINISTER, '2024-12-05', '2025-07-25'), // approximate end
  ]),
  p('heo-tae-keun', 'Heo Tae-keun', 'KR', ['Heo Tae-kun', 'Heo'], [
    r('Deputy Minister for National Defense Policy', OFFICIAL, '2022-06-01', '2024-01-01'), // approximate
  ]),
  p('kim-gunn', 'Kim Gunn', 'KR', ['Kim Geon', 'Kim'], [
    r('Special Representative for Korean Peninsula Peace and Security Affairs', OFFICIAL, '2022-06-01', '2023-12-01'), // approximate
    r('Member of the National Assembly', OFFICIAL, '2024-05-30'),
  ]),
  p('wi-sung-lac', 'Wi Sung-lac', 'KR', ['Wi'], [r('National Security Adviser', MINISTER, '2025-06-04')], ['Wi']), // approximate
];

// -------------------------------------------------------------------------------------------
// North Korea
// -------------------------------------------------------------------------------------------
const northKorea: Person[] = [
  p('kim-jong-un', 'Kim Jong Un', 'KP', ['Kim Jong-un', 'Kim Jong-Un', 'Kim'], [
    r('Chairman of the Workers\' Party of Korea', LEADER, '2016-05-09', '2021-01-10'),
    r('General Secretary of the Workers\' Party of Korea', LEADER, '2021-01-10'),
    // 'Chairman of the State Affairs Commission', rendered 'President of the State Affairs' from 2021.
    r('President of the State Affairs (Chairman of the State Affairs Commission)', LEADER, '2016-06-29'),
  ]),
  p('kim-jae-ryong', 'Kim Jae Ryong', 'KP', ['Kim Jae-ryong', 'Kim'], [r('Premier', LEADER, '2019-04-11', '2020-08-13')]),
  p('kim-tok-hun', 'Kim Tok Hun', 'KP', ['Kim Tok-hun', 'Kim Dok-hun', 'Kim'], [
    r('Premier', LEADER, '2020-08-13', '2024-12-27'), // approximate end
  ]),
  p('pak-thae-song', 'Pak Thae Song', 'KP', ['Pak Thae-song', 'Pak'], [r('Premier', LEADER, '2024-12-27')]), // approximate
  p('ri-yong-ho', 'Ri Yong Ho', 'KP', ['Ri Yong-ho', 'Ri'], [r('Foreign Minister', MINISTER, '2016-05-09', '2020-01-18')]), // approximate
  p('ri-son-gwon', 'Ri Son Gwon', 'KP', ['Ri Son-gwon', 'Ri'], [r('Foreign Minister', MINISTER, '2020-01-18', '2022-06-10')]), // approximate
  p('choe-son-hui', 'Choe Son Hui', 'KP', ['Choe Son-hui', 'Choe'], [
    r('First Vice Foreign Minister', OFFICIAL, '2019-04-12', '2022-06-10'), // approximate
    r('Foreign Minister', MINISTER, '2022-06-10'), // approximate
  ]),
  p('kim-jong-gwan', 'Kim Jong Gwan', 'KP', ['Kim Jong-gwan', 'Kim'], [
    r('Minister of National Defence', MINISTER, '2019-12-31', '2021-01-10'), // approximate
  ]),
  p('ri-yong-gil', 'Ri Yong Gil', 'KP', ['Ri Yong-gil', 'Ri'], [
    r('Minister of National Defence', MINISTER, '2021-01-10', '2022-06-10'), // approximate
  ]),
  p('kang-sun-nam', 'Kang Sun Nam', 'KP', ['Kang Sun-nam', 'Kang'], [
    r('Minister of National Defence', MINISTER, '2022-06-10', '2024-10-08'), // approximate start
  ]),
  p('no-kwang-chol', 'No Kwang Chol', 'KP', ['No Kwang-chol'], [
    r('Minister of People\'s Armed Forces', MINISTER, '2018-06-03', '2019-12-31'), // approximate
    r('Minister of National Defence', MINISTER, '2024-10-08'),
  ]),
  p('kim-yo-jong', 'Kim Yo Jong', 'KP', ['Kim Yo-jong', 'Kim'], [
    r('Vice Department Director of the WPK Central Committee', OFFICIAL, '2021-01-10'), // approximate
  ]),
];

// -------------------------------------------------------------------------------------------
// Australia (the monarch is listed under the United Kingdom)
// -------------------------------------------------------------------------------------------
const australia: Person[] = [
  p('morrison-scott', 'Scott Morrison', 'AU', ['Morrison', 'ScoMo'], [r('Prime Minister', LEADER, '2018-08-24', '2022-05-23')], ['Morrison']),
  p('albanese-anthony', 'Anthony Albanese', 'AU', ['Albanese', 'Albo'], [r('Prime Minister', LEADER, '2022-05-23')]),
  p('payne-marise', 'Marise Payne', 'AU', ['Payne'], [
    r('Minister for Defence', MINISTER, '2015-09-21', '2018-08-28'),
    r('Minister for Foreign Affairs', MINISTER, '2018-08-28', '2022-05-23'),
  ], ['Payne']),
  p('wong-penny', 'Penny Wong', 'AU', ['Wong', 'Penelope Wong'], [r('Minister for Foreign Affairs', MINISTER, '2022-05-23')]),
  p('reynolds-linda', 'Linda Reynolds', 'AU', ['Reynolds'], [r('Minister for Defence', MINISTER, '2019-05-29', '2021-03-30')], ['Reynolds']),
  p('dutton-peter', 'Peter Dutton', 'AU', ['Dutton'], [r('Minister for Defence', MINISTER, '2021-03-30', '2022-05-23')]),
  p('marles-richard', 'Richard Marles', 'AU', ['Marles'], [
    r('Deputy Prime Minister', MINISTER, '2022-05-23'),
    r('Minister for Defence', MINISTER, '2022-06-01'),
  ]),
  p('conroy-pat', 'Pat Conroy', 'AU', ['Conroy'], [r('Minister for Defence Industry', OFFICIAL, '2022-06-01')]),
  p('watts-tim', 'Tim Watts', 'AU', ['Watts'], [
    r('Assistant Minister for Foreign Affairs', OFFICIAL, '2022-06-01', '2025-05-13'), // approximate end
  ], ['Watts']),
  p('rudd-kevin', 'Kevin Rudd', 'AU', ['Rudd'], [
    r('Ambassador to the United States', OFFICIAL, '2023-03-27', '2025-03-31'), // approximate
  ]),
];

// -------------------------------------------------------------------------------------------
// India
// -------------------------------------------------------------------------------------------
const india: Person[] = [
  p('modi-narendra', 'Narendra Modi', 'IN', ['Modi'], [r('Prime Minister', LEADER, '2014-05-26')]),
  p('kovind-ram-nath', 'Ram Nath Kovind', 'IN', ['Kovind'], [r('President', LEADER, '2017-07-25', '2022-07-25')]),
  p('murmu-droupadi', 'Droupadi Murmu', 'IN', ['Murmu'], [r('President', LEADER, '2022-07-25')]),
  p('jaishankar-subrahmanyam', 'Subrahmanyam Jaishankar', 'IN', ['S. Jaishankar', 'Jaishankar'], [
    r('Foreign Secretary', OFFICIAL, '2015-01-29', '2018-01-28'),
    r('Minister of External Affairs', MINISTER, '2019-05-30'),
  ]),
  p('singh-rajnath', 'Rajnath Singh', 'IN', ['Singh'], [r('Minister of Defence', MINISTER, '2019-05-31')]),
  p('doval-ajit', 'Ajit Doval', 'IN', ['Doval'], [r('National Security Adviser', MINISTER, '2014-05-30')]),
  p('shringla-harsh-vardhan', 'Harsh Vardhan Shringla', 'IN', ['Shringla'], [r('Foreign Secretary', OFFICIAL, '2020-01-29', '2022-05-01')]),
  p('kwatra-vinay-mohan', 'Vinay Mohan Kwatra', 'IN', ['Vinay Kwatra', 'Kwatra'], [
    r('Foreign Secretary', OFFICIAL, '2022-05-01', '2024-07-15'),
    r('Ambassador to the United States', OFFICIAL, '2024-08-12'), // approximate
  ]),
  p('misri-vikram', 'Vikram Misri', 'IN', ['Misri'], [r('Foreign Secretary', OFFICIAL, '2024-07-15')]),
  p('muraleedharan-v', 'V. Muraleedharan', 'IN', ['Muraleedharan'], [r('Minister of State for External Affairs', OFFICIAL, '2019-05-30', '2024-06-10')]),
  p('singh-kirti-vardhan', 'Kirti Vardhan Singh', 'IN', ['Singh'], [r('Minister of State for External Affairs', OFFICIAL, '2024-06-10')]),
  p('bhatt-ajay', 'Ajay Bhatt', 'IN', ['Bhatt'], [r('Minister of State for Defence', OFFICIAL, '2021-07-07', '2024-06-10')]),
  p('seth-sanjay', 'Sanjay Seth', 'IN', ['Seth'], [r('Minister of State for Defence', OFFICIAL, '2024-06-10')], ['Seth']),
  p('kumar-ajay', 'Ajay Kumar', 'IN', [], [r('Defence Secretary', OFFICIAL, '2019-08-23', '2022-11-01')]),
  p('aramane-giridhar', 'Giridhar Aramane', 'IN', ['Aramane'], [r('Defence Secretary', OFFICIAL, '2022-11-01', '2024-11-01')]),
  p('singh-rajesh-kumar', 'Rajesh Kumar Singh', 'IN', ['Singh'], [r('Defence Secretary', OFFICIAL, '2024-11-01')]),
];

// -------------------------------------------------------------------------------------------
// Russia
// -------------------------------------------------------------------------------------------
const russia: Person[] = [
  p('putin-vladimir', 'Vladimir Putin', 'RU', ['Putin', 'Vladimir V. Putin'], [r('President', LEADER, '2012-05-07')]),
  p('medvedev-dmitry', 'Dmitry Medvedev', 'RU', ['Medvedev', 'Dmitri Medvedev'], [
    r('Prime Minister', LEADER, '2012-05-08', '2020-01-16'),
    r('Deputy Chairman of the Security Council', OFFICIAL, '2020-01-16'),
  ]),
  p('mishustin-mikhail', 'Mikhail Mishustin', 'RU', ['Mishustin'], [r('Prime Minister', LEADER, '2020-01-16')]),
  p('lavrov-sergey', 'Sergey Lavrov', 'RU', ['Lavrov', 'Sergei Lavrov'], [r('Foreign Minister', MINISTER, '2004-03-09')]),
  p('shoigu-sergei', 'Sergei Shoigu', 'RU', ['Shoigu', 'Sergey Shoigu'], [
    r('Defence Minister', MINISTER, '2012-11-06', '2024-05-12'),
    r('Secretary of the Security Council', MINISTER, '2024-05-12'),
  ]),
  p('belousov-andrei', 'Andrei Belousov', 'RU', ['Belousov', 'Andrey Belousov'], [
    r('First Deputy Prime Minister', MINISTER, '2020-01-21', '2024-05-14'),
    r('Defence Minister', MINISTER, '2024-05-14'),
  ]),
  p('ryabkov-sergei', 'Sergei Ryabkov', 'RU', ['Ryabkov', 'Sergey Ryabkov'], [r('Deputy Foreign Minister', OFFICIAL, '2008-08-01')]), // approximate
  p('rudenko-andrei', 'Andrei Rudenko', 'RU', ['Rudenko', 'Andrey Rudenko'], [r('Deputy Foreign Minister', OFFICIAL, '2019-09-01')]), // approximate
  p('tsalikov-ruslan', 'Ruslan Tsalikov', 'RU', ['Tsalikov'], [
    r('First Deputy Defence Minister', OFFICIAL, '2015-12-01', '2024-05-21'), // approximate
  ]),
];

// -------------------------------------------------------------------------------------------
// Germany
// -------------------------------------------------------------------------------------------
const germany: Person[] = [
  p('steinmeier-frank-walter', 'Frank-Walter Steinmeier', 'DE', ['Steinmeier'], [r('President', LEADER, '2017-03-19')]),
  p('merkel-angela', 'Angela Merkel', 'DE', ['Merkel'], [r('Chancellor', LEADER, '2005-11-22', '2021-12-08')]),
  p('scholz-olaf', 'Olaf Scholz', 'DE', ['Scholz'], [
    r('Vice-Chancellor and Minister of Finance', MINISTER, '2018-03-14', '2021-12-08'),
    r('Chancellor', LEADER, '2021-12-08', '2025-05-06'),
  ]),
  p('merz-friedrich', 'Friedrich Merz', 'DE', ['Merz'], [r('Chancellor', LEADER, '2025-05-06')]),
  p('maas-heiko', 'Heiko Maas', 'DE', ['Maas'], [r('Foreign Minister', MINISTER, '2018-03-14', '2021-12-08')], ['Maas']),
  p('baerbock-annalena', 'Annalena Baerbock', 'DE', ['Baerbock'], [
    r('Foreign Minister', MINISTER, '2021-12-08', '2025-05-06'),
    r('President of the UN General Assembly', OFFICIAL, '2025-09-09', null, 'UN'),
  ]),
  p('wadephul-johann', 'Johann Wadephul', 'DE', ['Wadephul'], [r('Foreign Minister', MINISTER, '2025-05-06')]),
  p('kramp-karrenbauer-annegret', 'Annegret Kramp-Karrenbauer', 'DE', ['Kramp-Karrenbauer', 'AKK'], [
    r('Defence Minister', MINISTER, '2019-07-17', '2021-12-08'),
  ]),
  p('lambrecht-christine', 'Christine Lambrecht', 'DE', ['Lambrecht'], [r('Defence Minister', MINISTER, '2021-12-08', '2023-01-19')]),
  p('pistorius-boris', 'Boris Pistorius', 'DE', ['Pistorius'], [r('Defence Minister', MINISTER, '2023-01-19')]),
  p('lindner-tobias', 'Tobias Lindner', 'DE', [], [r('Minister of State at the Federal Foreign Office', OFFICIAL, '2021-12-08', '2025-05-06')]),
  p('moller-siemtje', 'Siemtje Möller', 'DE', ['Siemtje Moller'], [
    r('Parliamentary State Secretary at the Federal Ministry of Defence', OFFICIAL, '2021-12-08', '2025-05-06'),
  ]),
];

// -------------------------------------------------------------------------------------------
// France
// -------------------------------------------------------------------------------------------
const france: Person[] = [
  p('macron-emmanuel', 'Emmanuel Macron', 'FR', ['Macron'], [r('President', LEADER, '2017-05-14')]),
  p('philippe-edouard', 'Édouard Philippe', 'FR', ['Edouard Philippe'], [r('Prime Minister', LEADER, '2017-05-15', '2020-07-03')]),
  p('castex-jean', 'Jean Castex', 'FR', ['Castex'], [r('Prime Minister', LEADER, '2020-07-03', '2022-05-16')]),
  p('borne-elisabeth', 'Élisabeth Borne', 'FR', ['Elisabeth Borne', 'Borne'], [r('Prime Minister', LEADER, '2022-05-16', '2024-01-09')]),
  p('attal-gabriel', 'Gabriel Attal', 'FR', ['Attal'], [r('Prime Minister', LEADER, '2024-01-09', '2024-09-05')]),
  p('barnier-michel', 'Michel Barnier', 'FR', ['Barnier'], [r('Prime Minister', LEADER, '2024-09-05', '2024-12-13')]),
  p('bayrou-francois', 'François Bayrou', 'FR', ['Francois Bayrou', 'Bayrou'], [r('Prime Minister', LEADER, '2024-12-13', '2025-09-09')]),
  p('lecornu-sebastien', 'Sébastien Lecornu', 'FR', ['Sebastien Lecornu', 'Lecornu'], [
    r('Minister of the Armed Forces', MINISTER, '2022-05-20', '2025-09-09'),
    // Resigned on 2025-10-06 and was reappointed on 2025-10-10; treated as one tenure.
    r('Prime Minister', LEADER, '2025-09-09'),
  ]),
  p('le-drian-jean-yves', 'Jean-Yves Le Drian', 'FR', ['Le Drian'], [r('Foreign Minister', MINISTER, '2017-05-17', '2022-05-20')]),
  p('colonna-catherine', 'Catherine Colonna', 'FR', ['Colonna'], [r('Foreign Minister', MINISTER, '2022-05-20', '2024-01-11')]),
  p('sejourne-stephane', 'Stéphane Séjourné', 'FR', ['Stephane Sejourne', 'Séjourné', 'Sejourne'], [r('Foreign Minister', MINISTER, '2024-01-11', '2024-09-21')]),
  p('barrot-jean-noel', 'Jean-Noël Barrot', 'FR', ['Jean-Noel Barrot', 'Barrot'], [r('Foreign Minister', MINISTER, '2024-09-21')]),
  p('parly-florence', 'Florence Parly', 'FR', ['Parly'], [r('Minister of the Armed Forces', MINISTER, '2017-06-21', '2022-05-20')]),
  p('vautrin-catherine', 'Catherine Vautrin', 'FR', ['Vautrin'], [r('Minister of the Armed Forces', MINISTER, '2025-10-12')]), // approximate
];

// -------------------------------------------------------------------------------------------
// Italy
// -------------------------------------------------------------------------------------------
const italy: Person[] = [
  p('mattarella-sergio', 'Sergio Mattarella', 'IT', ['Mattarella'], [r('President', LEADER, '2015-02-03')]),
  p('conte-giuseppe', 'Giuseppe Conte', 'IT', ['Conte'], [r('Prime Minister', LEADER, '2018-06-01', '2021-02-13')]),
  p('draghi-mario', 'Mario Draghi', 'IT', ['Draghi'], [r('Prime Minister', LEADER, '2021-02-13', '2022-10-22')]),
  p('meloni-giorgia', 'Giorgia Meloni', 'IT', ['Meloni'], [r('Prime Minister', LEADER, '2022-10-22')]),
  p('di-maio-luigi', 'Luigi Di Maio', 'IT', ['Di Maio'], [
    r('Foreign Minister', MINISTER, '2019-09-05', '2022-10-22'),
    r('EU Special Representative for the Gulf', OFFICIAL, '2023-06-01', null, 'EU'),
  ]),
  p('tajani-antonio', 'Antonio Tajani', 'IT', ['Tajani'], [r('Deputy Prime Minister and Foreign Minister', MINISTER, '2022-10-22')]),
  p('guerini-lorenzo', 'Lorenzo Guerini', 'IT', ['Guerini'], [r('Defence Minister', MINISTER, '2019-09-05', '2022-10-22')]),
  p('crosetto-guido', 'Guido Crosetto', 'IT', ['Crosetto'], [r('Defence Minister', MINISTER, '2022-10-22')]),
  p('sereni-marina', 'Marina Sereni', 'IT', ['Sereni'], [r('Deputy Foreign Minister', OFFICIAL, '2019-09-16', '2022-10-31')]), // approximate
  p('cirielli-edmondo', 'Edmondo Cirielli', 'IT', ['Cirielli'], [r('Deputy Foreign Minister', OFFICIAL, '2022-10-31')]), // approximate
  p('perego-matteo', 'Matteo Perego di Cremnago', 'IT', ['Perego di Cremnago', 'Matteo Perego'], [
    r('Under-Secretary of State for Defence', OFFICIAL, '2022-10-31'), // approximate
  ]),
];

// -------------------------------------------------------------------------------------------
// Canada (the monarch is listed under the United Kingdom)
// -------------------------------------------------------------------------------------------
const canada: Person[] = [
  p('trudeau-justin', 'Justin Trudeau', 'CA', ['Trudeau'], [r('Prime Minister', LEADER, '2015-11-04', '2025-03-14')]),
  p('carney-mark', 'Mark Carney', 'CA', ['Carney'], [r('Prime Minister', LEADER, '2025-03-14')]),
  p('freeland-chrystia', 'Chrystia Freeland', 'CA', ['Freeland'], [
    r('Foreign Minister', MINISTER, '2017-01-10', '2019-11-20'),
    r('Deputy Prime Minister', MINISTER, '2019-11-20', '2024-12-16'),
  ]),
  p('champagne-francois-philippe', 'François-Philippe Champagne', 'CA', ['Francois-Philippe Champagne', 'Champagne'], [
    r('Foreign Minister', MINISTER, '2019-11-20', '2021-01-12'),
  ], ['Champagne']),
  p('garneau-marc', 'Marc Garneau', 'CA', ['Garneau'], [r('Foreign Minister', MINISTER, '2021-01-12', '2021-10-26')]),
  p('joly-melanie', 'Mélanie Joly', 'CA', ['Melanie Joly', 'Joly'], [r('Foreign Minister', MINISTER, '2021-10-26', '2025-05-13')]),
  p('anand-anita', 'Anita Anand', 'CA', ['Anand'], [
    r('Minister of National Defence', MINISTER, '2021-10-26', '2023-07-26'),
    r('Foreign Minister', MINISTER, '2025-05-13'),
  ]),
  p('sajjan-harjit', 'Harjit Sajjan', 'CA', ['Sajjan'], [r('Minister of National Defence', MINISTER, '2015-11-04', '2021-10-26')]),
  p('blair-bill', 'Bill Blair', 'CA', ['Blair'], [r('Minister of National Defence', MINISTER, '2023-07-26', '2025-05-13')], ['Blair']),
  p('mcguinty-david', 'David McGuinty', 'CA', ['McGuinty'], [r('Minister of National Defence', MINISTER, '2025-05-13')]),
];

// -------------------------------------------------------------------------------------------
// United Kingdom (with the monarch, also head of state of Australia and Canada)
// -------------------------------------------------------------------------------------------
const unitedKingdom: Person[] = [
  p('elizabeth-ii', 'Elizabeth II', 'GB', ['Elizabeth'], [r('Queen', LEADER, '1952-02-06', '2022-09-08')], ['Elizabeth']),
  p('charles-iii', 'Charles III', 'GB', ['Charles'], [r('King', LEADER, '2022-09-08')], ['Charles']),
  p('johnson-boris', 'Boris Johnson', 'GB', ['Johnson'], [r('Prime Minister', LEADER, '2019-07-24', '2022-09-06')], ['Johnson']),
  p('truss-liz', 'Liz Truss', 'GB', ['Truss', 'Elizabeth Truss'], [
    r('Foreign Secretary', MINISTER, '2021-09-15', '2022-09-06'),
    r('Prime Minister', LEADER, '2022-09-06', '2022-10-25'),
  ]),
  p('sunak-rishi', 'Rishi Sunak', 'GB', ['Sunak'], [r('Prime Minister', LEADER, '2022-10-25', '2024-07-05')]),
  p('starmer-keir', 'Keir Starmer', 'GB', ['Starmer'], [r('Prime Minister', LEADER, '2024-07-05')]),
  p('raab-dominic', 'Dominic Raab', 'GB', ['Raab'], [r('Foreign Secretary', MINISTER, '2019-07-24', '2021-09-15')]),
  p('cleverly-james', 'James Cleverly', 'GB', ['Cleverly'], [r('Foreign Secretary', MINISTER, '2022-09-06', '2023-11-13')]),
  p('cameron-david', 'David Cameron', 'GB', ['Lord Cameron', 'Cameron'], [
    r('Prime Minister', LEADER, '2010-05-11', '2016-07-13'),
    r('Foreign Secretary', MINISTER, '2023-11-13', '2024-07-05'),
  ], ['Cameron']),
  p('lammy-david', 'David Lammy', 'GB', ['Lammy'], [
    r('Foreign Secretary', MINISTER, '2024-07-05', '2025-09-05'),
    r('Deputy Prime Minister', MINISTER, '2025-09-05'),
  ]),
  p('cooper-yvette', 'Yvette Cooper', 'GB', ['Cooper'], [r('Foreign Secretary', MINISTER, '2025-09-05')], ['Cooper']),
  p('wallace-ben', 'Ben Wallace', 'GB', ['Wallace'], [r('Defence Secretary', MINISTER, '2019-07-24', '2023-08-31')], ['Wallace']),
  p('shapps-grant', 'Grant Shapps', 'GB', ['Shapps'], [r('Defence Secretary', MINISTER, '2023-08-31', '2024-07-05')]),
  p('healey-john', 'John Healey', 'GB', ['Healey'], [r('Defence Secretary', MINISTER, '2024-07-05')], ['Healey']),
  p('heappey-james', 'James Heappey', 'GB', ['Heappey'], [r('Minister for the Armed Forces', OFFICIAL, '2020-02-13', '2024-03-25')]),
  p('trevelyan-anne-marie', 'Anne-Marie Trevelyan', 'GB', ['Trevelyan'], [r('Minister of State for the Indo-Pacific', OFFICIAL, '2022-10-26', '2023-11-13')]),
  p('west-catherine', 'Catherine West', 'GB', ['West'], [
    r('Minister of State for the Indo-Pacific', OFFICIAL, '2024-07-08', '2025-09-06'), // approximate end
  ], ['West']),
];

// -------------------------------------------------------------------------------------------
// ASEAN states
// -------------------------------------------------------------------------------------------
const brunei: Person[] = [
  p('bolkiah-hassanal', 'Hassanal Bolkiah', 'BN', ['Bolkiah'], [
    r('Sultan', LEADER, '1967-10-05'),
    r('Prime Minister', LEADER, '1984-01-01'),
    r('Minister of Defence', MINISTER, '1997-02-20'), // approximate
    r('Minister of Foreign Affairs', MINISTER, '2015-10-22'),
  ]),
  p('erywan-yusof', 'Erywan Yusof', 'BN', ['Erywan', 'Erywan Pehin Yusof'], [r('Minister of Foreign Affairs II', OFFICIAL, '2018-01-30')]),
  p('halbi-yussof', 'Halbi Mohd Yussof', 'BN', ['Halbi'], [r('Minister of Defence II', OFFICIAL, '2018-01-30')]), // approximate
];

const cambodia: Person[] = [
  p('norodom-sihamoni', 'Norodom Sihamoni', 'KH', ['Sihamoni'], [r('King', LEADER, '2004-10-29')]),
  p('hun-sen', 'Hun Sen', 'KH', [], [
    r('Prime Minister', LEADER, '1985-01-14', '2023-08-22'),
    r('President of the Senate', OFFICIAL, '2024-04-03'),
  ]),
  p('hun-manet', 'Hun Manet', 'KH', [], [r('Prime Minister', LEADER, '2023-08-22')]),
  p('prak-sokhonn', 'Prak Sokhonn', 'KH', ['Sokhonn'], [
    r('Deputy Prime Minister and Minister of Foreign Affairs', MINISTER, '2016-04-04', '2023-08-22'),
  ]),
  p('sok-chenda-sophea', 'Sok Chenda Sophea', 'KH', ['Sok Chenda'], [
    r('Deputy Prime Minister and Minister of Foreign Affairs', MINISTER, '2023-08-22'),
  ]),
  p('tea-banh', 'Tea Banh', 'KH', [], [r('Minister of National Defence', MINISTER, '1987-01-01', '2023-08-22')]), // approximate start
  p('tea-seiha', 'Tea Seiha', 'KH', [], [r('Minister of National Defence', MINISTER, '2023-08-22')]),
];

const indonesia: Person[] = [
  p('widodo-joko', 'Joko Widodo', 'ID', ['Jokowi', 'Widodo'], [r('President', LEADER, '2014-10-20', '2024-10-20')]),
  p('prabowo-subianto', 'Prabowo Subianto', 'ID', ['Prabowo', 'Subianto'], [
    r('Minister of Defence', MINISTER, '2019-10-23', '2024-10-20'),
    r('President', LEADER, '2024-10-20'),
  ]),
  p('marsudi-retno', 'Retno Marsudi', 'ID', ['Retno', 'Marsudi', 'Retno L.P. Marsudi'], [r('Minister of Foreign Affairs', MINISTER, '2014-10-27', '2024-10-21')]),
  p('sugiono', 'Sugiono', 'ID', [], [r('Minister of Foreign Affairs', MINISTER, '2024-10-21')]),
  p('sjamsoeddin-sjafrie', 'Sjafrie Sjamsoeddin', 'ID', ['Sjafrie'], [r('Minister of Defence', MINISTER, '2024-10-21')]),
  p('siregar-mahendra', 'Mahendra Siregar', 'ID', ['Siregar'], [r('Deputy Minister of Foreign Affairs', OFFICIAL, '2019-10-25', '2022-07-20')]), // approximate end
  p('mansury-pahala', 'Pahala Mansury', 'ID', ['Mansury'], [r('Deputy Minister of Foreign Affairs', OFFICIAL, '2023-07-17', '2024-10-21')]), // approximate start
  p('nasir-arrmanatha', 'Arrmanatha Nasir', 'ID', ['Arrmanatha', 'Tata Nasir'], [r('Deputy Minister of Foreign Affairs', OFFICIAL, '2024-10-21')]),
  p('herindra-muhammad', 'Muhammad Herindra', 'ID', ['Herindra'], [r('Deputy Minister of Defence', OFFICIAL, '2020-12-23', '2024-10-21')]), // approximate end
  p('taufanto-donny-ermawan', 'Donny Ermawan Taufanto', 'ID', ['Donny Ermawan'], [r('Deputy Minister of Defence', OFFICIAL, '2024-10-21')]),
];

const laos: Person[] = [
  p('bounnhang-vorachit', 'Bounnhang Vorachit', 'LA', ['Bounnhang'], [r('President', LEADER, '2016-04-20', '2021-03-22')]),
  p('thongloun-sisoulith', 'Thongloun Sisoulith', 'LA', ['Thongloun'], [
    r('Prime Minister', LEADER, '2016-04-20', '2021-03-22'),
    r('General Secretary of the Lao People\'s Revolutionary Party', LEADER, '2021-01-15'),
    r('President', LEADER, '2021-03-22'),
  ]),
  p('phankham-viphavanh', 'Phankham Viphavanh', 'LA', ['Phankham'], [r('Prime Minister', LEADER, '2021-03-22', '2022-12-30')]),
  p('sonexay-siphandone', 'Sonexay Siphandone', 'LA', ['Sonexay'], [r('Prime Minister', LEADER, '2022-12-30')]),
  p('saleumxay-kommasith', 'Saleumxay Kommasith', 'LA', ['Saleumxay'], [r('Minister of Foreign Affairs', MINISTER, '2016-04-20', '2024-11-18')]),
  p('thongsavanh-phomvihane', 'Thongsavanh Phomvihane', 'LA', ['Thongsavanh'], [r('Minister of Foreign Affairs', MINISTER, '2024-11-18')]),
  p('chansamone-chanyalath', 'Chansamone Chanyalath', 'LA', ['Chansamone'], [
    r('Minister of National Defence', MINISTER, '2016-04-20'),
    r('Deputy Prime Minister', MINISTER, '2021-03-22'),
  ]),
];

const malaysia: Person[] = [
  p('abdullah-al-sultan', 'Al-Sultan Abdullah', 'MY', ['Sultan Abdullah'], [r('Yang di-Pertuan Agong', LEADER, '2019-01-31', '2024-01-31')]),
  p('ibrahim-iskandar', 'Sultan Ibrahim', 'MY', ['Sultan Ibrahim Iskandar', 'Ibrahim Iskandar'], [r('Yang di-Pertuan Agong', LEADER, '2024-01-31')]),
  p('mohamad-sabu', 'Mohamad Sabu', 'MY', ['Mat Sabu'], [r('Minister of Defence', MINISTER, '2018-05-21', '2020-02-24')]),
  p('mahathir-mohamad', 'Mahathir Mohamad', 'MY', ['Mahathir'], [r('Prime Minister', LEADER, '2018-05-10', '2020-02-24')]),
  p('muhyiddin-yassin', 'Muhyiddin Yassin', 'MY', ['Muhyiddin'], [r('Prime Minister', LEADER, '2020-03-01', '2021-08-16')]),
  p('ismail-sabri-yaakob', 'Ismail Sabri Yaakob', 'MY', ['Ismail Sabri'], [
    r('Minister of Defence', MINISTER, '2020-03-10', '2021-08-16'),
    r('Deputy Prime Minister', MINISTER, '2021-07-07', '2021-08-16'),
    r('Prime Minister', LEADER, '2021-08-21', '2022-11-24'),
  ]),
  p('anwar-ibrahim', 'Anwar Ibrahim', 'MY', ['Anwar'], [r('Prime Minister', LEADER, '2022-11-24')]),
  p('hishammuddin-hussein', 'Hishammuddin Hussein', 'MY', ['Hishammuddin'], [
    r('Minister of Foreign Affairs', MINISTER, '2020-03-10', '2021-08-16'),
    r('Minister of Defence', MINISTER, '2021-08-30', '2022-11-24'),
  ]),
  p('saifuddin-abdullah', 'Saifuddin Abdullah', 'MY', ['Saifuddin'], [
    r('Minister of Foreign Affairs', MINISTER, '2018-07-02', '2020-02-24'),
    r('Minister of Foreign Affairs', MINISTER, '2021-08-30', '2022-11-24'),
  ]),
  p('zambry-abdul-kadir', 'Zambry Abdul Kadir', 'MY', ['Zambry'], [r('Minister of Foreign Affairs', MINISTER, '2022-12-03', '2023-12-12')]),
  p('mohamad-hasan', 'Mohamad Hasan', 'MY', ['Tok Mat'], [
    r('Minister of Defence', MINISTER, '2022-12-03', '2023-12-12'),
    r('Minister of Foreign Affairs', MINISTER, '2023-12-12'),
  ]),
  p('khaled-nordin', 'Mohamed Khaled Nordin', 'MY', ['Khaled Nordin'], [r('Minister of Defence', MINISTER, '2023-12-12')]),
  p('kamarudin-jaffar', 'Kamarudin Jaffar', 'MY', ['Kamarudin'], [r('Deputy Minister of Foreign Affairs', OFFICIAL, '2020-03-10', '2021-08-16')]),
  p('mohamad-alamin', 'Mohamad Alamin', 'MY', ['Alamin'], [
    r('Deputy Minister of Foreign Affairs', OFFICIAL, '2021-08-30', '2022-11-24'),
    r('Deputy Minister of Foreign Affairs', OFFICIAL, '2022-12-10'), // approximate
  ]),
  p('ikmal-hisham', 'Ikmal Hisham Abdul Aziz', 'MY', ['Ikmal Hisham'], [r('Deputy Minister of Defence', OFFICIAL, '2020-03-10', '2022-11-24')]),
  p('adly-zahari', 'Adly Zahari', 'MY', ['Adly'], [r('Deputy Minister of Defence', OFFICIAL, '2022-12-10')]), // approximate
];

const myanmar: Person[] = [
  p('win-myint', 'Win Myint', 'MM', [], [r('President', LEADER, '2018-03-30', '2021-02-01')]),
  p('aung-san-suu-kyi', 'Aung San Suu Kyi', 'MM', ['Suu Kyi', 'Daw Aung San Suu Kyi'], [
    r('Minister of Foreign Affairs', MINISTER, '2016-03-30', '2021-02-01'),
    r('State Counsellor', LEADER, '2016-04-06', '2021-02-01'),
  ]),
  p('myint-swe', 'Myint Swe', 'MM', [], [r('Acting President', LEADER, '2021-02-01', '2024-07-22')]),
  p('min-aung-hlaing', 'Min Aung Hlaing', 'MM', [], [
    r('Chairman of the State Administration Council', LEADER, '2021-02-02', '2025-07-31'),
    r('Prime Minister', LEADER, '2021-08-01', '2025-07-31'),
    r('Acting President', LEADER, '2024-07-22', '2026-04-03'), // approximate end
    r('President', LEADER, '2026-04-03'), // approximate: elected by parliament on 2026-04-03
  ]),
  // The post of prime minister was created by the junta; its fate under the 2026 government is not checked.
  p('nyo-saw', 'Nyo Saw', 'MM', [], [r('Prime Minister', LEADER, '2025-07-31')]),
  p('wunna-maung-lwin', 'Wunna Maung Lwin', 'MM', [], [r('Minister of Foreign Affairs', MINISTER, '2021-02-01', '2023-02-01')]),
  p('than-swe', 'Than Swe', 'MM', [], [r('Minister of Foreign Affairs', MINISTER, '2023-02-01')]),
  p('sein-win', 'Sein Win', 'MM', [], [r('Minister of Defence', MINISTER, '2016-03-30', '2021-02-01')]),
  p('mya-tun-oo', 'Mya Tun Oo', 'MM', [], [r('Minister of Defence', MINISTER, '2021-02-01', '2023-08-03')]), // approximate end
  p('tin-aung-san', 'Tin Aung San', 'MM', [], [r('Minister of Defence', MINISTER, '2023-08-03', '2024-12-18')]), // approximate
  p('maung-maung-aye', 'Maung Maung Aye', 'MM', [], [r('Minister of Defence', MINISTER, '2024-12-18')]), // approximate
];

const philippines: Person[] = [
  p('duterte-rodrigo', 'Rodrigo Duterte', 'PH', ['Duterte', 'Rodrigo Roa Duterte'], [r('President', LEADER, '2016-06-30', '2022-06-30')]),
  p('marcos-ferdinand-jr', 'Ferdinand Marcos Jr.', 'PH', ['Bongbong Marcos', 'Ferdinand R. Marcos Jr.', 'Ferdinand Marcos', 'Marcos'], [
    r('President', LEADER, '2022-06-30'),
  ], ['Marcos', 'Ferdinand Marcos']),
  p('duterte-sara', 'Sara Duterte', 'PH', ['Sara Duterte-Carpio', 'Duterte'], [
    r('Vice President', MINISTER, '2022-06-30'),
    r('Secretary of Education', MINISTER, '2022-06-30', '2024-07-19'),
  ]),
  p('locsin-teodoro', 'Teodoro Locsin Jr.', 'PH', ['Teodoro Locsin', 'Teddy Locsin', 'Locsin'], [r('Secretary of Foreign Affairs', MINISTER, '2018-10-17', '2022-06-30')]),
  p('manalo-enrique', 'Enrique Manalo', 'PH', ['Manalo'], [r('Secretary of Foreign Affairs', MINISTER, '2022-07-01', '2025-07-01')]), // approximate end
  p('lazaro-theresa', 'Ma. Theresa Lazaro', 'PH', ['Theresa Lazaro', 'Maria Theresa Lazaro', 'Lazaro'], [
    r('Undersecretary of Foreign Affairs for Bilateral Relations', OFFICIAL, '2022-07-01', '2025-07-01'), // approximate
    r('Secretary of Foreign Affairs', MINISTER, '2025-07-01'), // approximate
  ]),
  p('lorenzana-delfin', 'Delfin Lorenzana', 'PH', ['Lorenzana'], [r('Secretary of National Defense', MINISTER, '2016-06-30', '2022-06-30')]),
  p('faustino-jose', 'Jose Faustino Jr.', 'PH', ['Jose Faustino', 'Faustino'], [
    r('Officer-in-Charge, Department of National Defense', MINISTER, '2022-07-01', '2023-01-06'),
  ]),
  p('galvez-carlito', 'Carlito Galvez Jr.', 'PH', ['Carlito Galvez', 'Galvez'], [r('Secretary of National Defense', MINISTER, '2023-01-09', '2023-06-05')]),
  p('teodoro-gilberto', 'Gilberto Teodoro', 'PH', ['Gilberto Teodoro Jr.', 'Gibo Teodoro', 'Teodoro'], [r('Secretary of National Defense', MINISTER, '2023-06-05')]),
];

const singapore: Person[] = [
  p('halimah-yacob', 'Halimah Yacob', 'SG', ['Halimah'], [r('President', LEADER, '2017-09-14', '2023-09-14')]),
  p('tharman-shanmugaratnam', 'Tharman Shanmugaratnam', 'SG', ['Tharman'], [
    r('Senior Minister', MINISTER, '2019-05-01', '2023-07-07'),
    r('President', LEADER, '2023-09-14'),
  ]),
  p('lee-hsien-loong', 'Lee Hsien Loong', 'SG', ['Lee'], [
    r('Prime Minister', LEADER, '2004-08-12', '2024-05-15'),
    r('Senior Minister', MINISTER, '2024-05-15'),
  ]),
  p('wong-lawrence', 'Lawrence Wong', 'SG', ['Wong'], [
    r('Deputy Prime Minister', MINISTER, '2022-06-13', '2024-05-15'),
    r('Prime Minister', LEADER, '2024-05-15'),
  ]),
  p('balakrishnan-vivian', 'Vivian Balakrishnan', 'SG', ['Balakrishnan'], [r('Minister for Foreign Affairs', MINISTER, '2015-10-01')]),
  p('ng-eng-hen', 'Ng Eng Hen', 'SG', ['Ng'], [r('Minister for Defence', MINISTER, '2011-05-21', '2025-05-23')]),
  p('chan-chun-sing', 'Chan Chun Sing', 'SG', ['Chan'], [r('Minister for Defence', MINISTER, '2025-05-23')]),
  p('maliki-osman', 'Maliki Osman', 'SG', ['Maliki'], [r('Second Minister for Foreign Affairs', OFFICIAL, '2020-07-27')]),
  p('sim-ann', 'Sim Ann', 'SG', [], [r('Senior Minister of State for Foreign Affairs', OFFICIAL, '2020-07-27')]),
  p('heng-chee-how', 'Heng Chee How', 'SG', [], [r('Senior Minister of State for Defence', OFFICIAL, '2018-05-01', '2025-05-23')]), // approximate
  p('zaqy-mohamad', 'Zaqy Mohamad', 'SG', ['Zaqy'], [r('Senior Minister of State for Defence', OFFICIAL, '2020-07-27')]), // approximate
];

const thailand: Person[] = [
  p('vajiralongkorn', 'Maha Vajiralongkorn', 'TH', ['Vajiralongkorn', 'Rama X'], [r('King', LEADER, '2016-10-13')]),
  p('prayut-chan-o-cha', 'Prayut Chan-o-cha', 'TH', ['Prayuth Chan-ocha', 'Prayut', 'Prayuth'], [
    r('Prime Minister', LEADER, '2014-08-24', '2023-08-22'),
    r('Minister of Defence', MINISTER, '2019-07-10', '2023-09-01'),
  ]),
  p('srettha-thavisin', 'Srettha Thavisin', 'TH', ['Srettha'], [r('Prime Minister', LEADER, '2023-08-22', '2024-08-14')]),
  p('paetongtarn-shinawatra', 'Paetongtarn Shinawatra', 'TH', ['Paetongtarn'], [
    // Suspended from 2025-07-01; removed by the Constitutional Court on 2025-08-29.
    r('Prime Minister', LEADER, '2024-08-16', '2025-08-29'),
  ]),
  p('phumtham-wechayachai', 'Phumtham Wechayachai', 'TH', ['Phumtham'], [
    r('Minister of Defence', MINISTER, '2024-09-03', '2025-07-03'), // approximate end
    r('Acting Prime Minister', LEADER, '2025-07-03', '2025-09-07'),
  ]),
  p('anutin-charnvirakul', 'Anutin Charnvirakul', 'TH', ['Anutin'], [
    // Re-elected by the new House in March 2026; treated as one tenure.
    r('Prime Minister', LEADER, '2025-09-07'), // approximate
  ]),
  p('don-pramudwinai', 'Don Pramudwinai', 'TH', ['Pramudwinai'], [r('Minister of Foreign Affairs', MINISTER, '2015-08-23', '2023-09-01')]),
  p('parnpree-bahiddha-nukara', 'Parnpree Bahiddha-nukara', 'TH', ['Parnpree'], [r('Minister of Foreign Affairs', MINISTER, '2023-09-01', '2024-04-28')]),
  p('maris-sangiampongsa', 'Maris Sangiampongsa', 'TH', ['Maris'], [r('Minister of Foreign Affairs', MINISTER, '2024-04-30', '2025-09-19')]), // approximate end
  p('sihasak-phuangketkeow', 'Sihasak Phuangketkeow', 'TH', ['Sihasak'], [r('Minister of Foreign Affairs', MINISTER, '2025-09-19')]), // approximate
  p('sutin-klungsang', 'Sutin Klungsang', 'TH', ['Sutin'], [r('Minister of Defence', MINISTER, '2023-09-01', '2024-09-03')]),
  p('natthaphon-narkphanit', 'Natthaphon Narkphanit', 'TH', ['Natthaphon'], [r('Minister of Defence', MINISTER, '2025-07-03')]), // approximate
];

const vietnam: Person[] = [
  p('nguyen-phu-trong', 'Nguyen Phu Trong', 'VN', ['Nguyễn Phú Trọng', 'Trong'], [
    r('General Secretary of the Communist Party of Vietnam', LEADER, '2011-01-19', '2024-07-19'),
    r('President', LEADER, '2018-10-23', '2021-04-05'),
  ]),
  p('nguyen-xuan-phuc', 'Nguyen Xuan Phuc', 'VN', ['Nguyễn Xuân Phúc', 'Phuc'], [
    r('Prime Minister', LEADER, '2016-04-07', '2021-04-05'),
    r('President', LEADER, '2021-04-05', '2023-01-18'),
  ]),
  p('vo-van-thuong', 'Vo Van Thuong', 'VN', ['Võ Văn Thưởng', 'Thuong'], [r('President', LEADER, '2023-03-02', '2024-03-21')]),
  p('to-lam', 'To Lam', 'VN', ['Tô Lâm', 'Lam'], [
    r('Minister of Public Security', MINISTER, '2016-04-09', '2024-05-22'),
    r('President', LEADER, '2024-05-22', '2024-10-21'),
    r('General Secretary of the Communist Party of Vietnam', LEADER, '2024-08-03'),
  ], ['Lam']),
  p('luong-cuong', 'Luong Cuong', 'VN', ['Lương Cường', 'Cuong'], [r('President', LEADER, '2024-10-21')]),
  p('pham-minh-chinh', 'Pham Minh Chinh', 'VN', ['Phạm Minh Chính', 'Chinh'], [r('Prime Minister', LEADER, '2021-04-05')]),
  p('pham-binh-minh', 'Pham Binh Minh', 'VN', ['Phạm Bình Minh', 'Minh'], [
    r('Minister of Foreign Affairs', MINISTER, '2011-08-03', '2021-04-08'),
    r('Deputy Prime Minister', MINISTER, '2013-11-13', '2023-01-05'),
  ], ['Minh']),
  p('bui-thanh-son', 'Bui Thanh Son', 'VN', ['Bùi Thanh Sơn', 'Son'], [
    r('Minister of Foreign Affairs', MINISTER, '2021-04-08', '2025-08-29'),
    r('Deputy Prime Minister', MINISTER, '2024-08-28'), // approximate
  ], ['Son']),
  p('le-hoai-trung', 'Le Hoai Trung', 'VN', ['Lê Hoài Trung', 'Trung'], [
    r('Acting Minister of Foreign Affairs', MINISTER, '2025-08-29', '2025-10-25'),
    r('Minister of Foreign Affairs', MINISTER, '2025-10-25'),
  ], ['Trung']),
  p('ngo-xuan-lich', 'Ngo Xuan Lich', 'VN', ['Ngô Xuân Lịch', 'Lich'], [r('Minister of National Defence', MINISTER, '2016-04-09', '2021-04-08')]),
  p('phan-van-giang', 'Phan Van Giang', 'VN', ['Phan Văn Giang', 'Giang'], [r('Minister of National Defence', MINISTER, '2021-04-08')]),
  p('nguyen-minh-vu', 'Nguyen Minh Vu', 'VN', [], [r('Deputy Minister of Foreign Affairs', OFFICIAL, '2022-08-01')]), // approximate
  p('hoang-xuan-chien', 'Hoang Xuan Chien', 'VN', ['Hoàng Xuân Chiến'], [r('Deputy Minister of National Defence', OFFICIAL, '2021-01-01')]), // approximate
];

// -------------------------------------------------------------------------------------------
// Others named in chronologies of the region
// -------------------------------------------------------------------------------------------
const others: Person[] = [
  p('zelenskyy-volodymyr', 'Volodymyr Zelenskyy', 'UA', ['Zelenskyy', 'Zelensky', 'Volodymyr Zelensky', 'Zelenskiy'], [r('President', LEADER, '2019-05-20')]),
  p('kuleba-dmytro', 'Dmytro Kuleba', 'UA', ['Kuleba'], [r('Foreign Minister', MINISTER, '2020-03-04', '2024-09-05')]),
  p('sybiha-andrii', 'Andrii Sybiha', 'UA', ['Sybiha', 'Andriy Sybiha'], [r('Foreign Minister', MINISTER, '2024-09-05')]),
  p('tsai-ing-wen', 'Tsai Ing-wen', 'TW', ['Tsai'], [r('President', LEADER, '2016-05-20', '2024-05-20')]),
  p('lai-ching-te', 'Lai Ching-te', 'TW', ['William Lai', 'Lai'], [
    r('Vice President', MINISTER, '2020-05-20', '2024-05-20'),
    r('President', LEADER, '2024-05-20'),
  ]),
  p('guterres-antonio', 'António Guterres', 'PT', ['Antonio Guterres', 'Guterres'], [
    r('Secretary-General of the United Nations', OFFICIAL, '2017-01-01', null, 'UN'),
  ]),
  p('stoltenberg-jens', 'Jens Stoltenberg', 'NO', ['Stoltenberg'], [
    r('Secretary General of NATO', OFFICIAL, '2014-10-01', '2024-10-01', 'NATO'),
    r('Minister of Finance', MINISTER, '2025-02-04'),
  ]),
  p('rutte-mark', 'Mark Rutte', 'NL', ['Rutte'], [
    r('Prime Minister', LEADER, '2010-10-14', '2024-07-02'),
    r('Secretary General of NATO', OFFICIAL, '2024-10-01', null, 'NATO'),
  ]),
  p('von-der-leyen-ursula', 'Ursula von der Leyen', 'DE', ['von der Leyen', 'Von der Leyen'], [
    r('Defence Minister', MINISTER, '2013-12-17', '2019-07-17'),
    r('President of the European Commission', LEADER, '2019-12-01', null, 'EU'),
  ]),
  p('michel-charles', 'Charles Michel', 'BE', [], [r('President of the European Council', LEADER, '2019-12-01', '2024-12-01', 'EU')]),
  p('costa-antonio', 'António Costa', 'PT', ['Antonio Costa'], [
    r('Prime Minister', LEADER, '2015-11-26', '2024-04-02'),
    r('President of the European Council', LEADER, '2024-12-01', null, 'EU'),
  ]),
  p('borrell-josep', 'Josep Borrell', 'ES', ['Borrell'], [
    r('High Representative for Foreign Affairs and Security Policy', MINISTER, '2019-12-01', '2024-12-01', 'EU'),
  ]),
  p('kallas-kaja', 'Kaja Kallas', 'EE', ['Kallas'], [
    r('Prime Minister', LEADER, '2021-01-26', '2024-07-23'),
    r('High Representative for Foreign Affairs and Security Policy', MINISTER, '2024-12-01', null, 'EU'),
  ]),
];

/** Offices from 2020 on, checked to the day; older offices come from officials-history.ts. */
const current: readonly Person[] = [
  ...unitedStates, ...japan, ...china, ...southKorea, ...northKorea, ...australia, ...india, ...russia,
  ...germany, ...france, ...italy, ...canada, ...unitedKingdom,
  ...brunei, ...cambodia, ...indonesia, ...laos, ...malaysia, ...myanmar, ...philippines, ...singapore, ...thailand, ...vietnam,
  ...others,
];

export const people: readonly Person[] = withHistory(current);
