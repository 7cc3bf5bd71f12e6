/**
 * Groupings of countries that entries name as one actor: 'the Quad', 'G7 foreign ministers',
 * 'the US-Japan-ROK trilateral'. A mention adds the grouping and every member (as of the
 * entry's date, see `since`) to the entry's countries.
 *
 * Members are country codes from countries.ts: ISO alpha-2 for states and the invented
 * organisation codes 'EU' and 'AFU' (African Union — 'AU' is Australia) where an organisation
 * takes part as a member (G7, G20, Friends of the Mekong, MEF).
 */
export interface Grouping {
  id: string;
  name: string;
  aliases: string[];
  /** Country codes (alpha-2, or an organisation code from countries.ts). */
  members: string[];
  kind: 'grouping';
  /** Members that joined later: code → first day of membership (YYYY-MM-DD). Absent = member throughout. */
  since?: Record<string, string>;
  /** The country-list code of the grouping itself when it also acts as an organisation ('NATO', 'ASEAN'). */
  organisation?: string;
  /** Aliases that are also ordinary words ('trilateral') and count only with context (see match.ts). */
  ambiguous?: string[];
}

const MEKONG_FIVE = ['KH', 'LA', 'MM', 'TH', 'VN'];
const ASEAN_TEN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
/** Timor-Leste became ASEAN's eleventh member at the 47th summit in Kuala Lumpur. */
const TIMOR_LESTE_JOINS_ASEAN = '2025-10-26';

export const groupings: readonly Grouping[] = [
  {
    id: 'QUAD',
    name: 'Quadrilateral Security Dialogue',
    aliases: ['Quad', 'QUAD', 'Quadrilateral Security Dialogue', 'US-Japan-Australia-India', 'Japan-US-Australia-India', 'Australia-India-Japan-US', 'Australia-India-Japan-United States'],
    members: ['AU', 'IN', 'JP', 'US'],
    kind: 'grouping',
  },
  {
    id: 'G7',
    name: 'Group of Seven',
    aliases: ['G7', 'G-7', 'Group of Seven'],
    // The EU takes part in G7 work but is an organisation, not a member state.
    members: ['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA'],
    kind: 'grouping',
    since: { CA: '1976-06-27' },
  },
  {
    id: 'G8',
    name: 'Group of Eight',
    // The G7 with Russia, from the Denver summit until Russia's suspension over Crimea in 2014.
    aliases: ['G8', 'G-8', 'Group of Eight'],
    members: ['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA', 'RU'],
    kind: 'grouping',
  },
  {
    id: 'G20',
    name: 'Group of Twenty',
    aliases: ['G20', 'G-20', 'Group of Twenty', 'Group of 20'],
    members: ['AR', 'AU', 'BR', 'CA', 'CN', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'ZA', 'TR', 'GB', 'US', 'EU', 'AFU'],
    kind: 'grouping',
    // The African Union was admitted as a permanent member at the New Delhi summit.
    since: { AFU: '2023-09-09' },
  },
  {
    id: 'ASEAN',
    name: 'Association of Southeast Asian Nations',
    aliases: ['ASEAN', 'Association of Southeast Asian Nations'],
    members: [...ASEAN_TEN, 'TL'],
    kind: 'grouping',
    // Founded by ID, MY, PH, SG and TH in 1967.
    since: { BN: '1984-01-07', VN: '1995-07-28', LA: '1997-07-23', MM: '1997-07-23', KH: '1999-04-30', TL: TIMOR_LESTE_JOINS_ASEAN },
    organisation: 'ASEAN',
  },
  {
    id: 'AUKUS',
    name: 'AUKUS',
    aliases: ['AUKUS'],
    members: ['AU', 'GB', 'US'],
    kind: 'grouping',
  },
  {
    id: 'IPEF',
    name: 'Indo-Pacific Economic Framework for Prosperity',
    aliases: ['IPEF', 'Indo-Pacific Economic Framework', 'Indo-Pacific Economic Framework for Prosperity'],
    members: ['AU', 'BN', 'FJ', 'IN', 'ID', 'JP', 'KR', 'MY', 'NZ', 'PH', 'SG', 'TH', 'US', 'VN'],
    kind: 'grouping',
  },
  {
    id: 'JUSROK',
    name: 'US-Japan-ROK trilateral',
    aliases: [
      'US-Japan-ROK', 'US-Japan-South Korea', 'US-Japan-Korea', 'US-ROK-Japan', 'US-South Korea-Japan',
      'Japan-US-ROK', 'Japan-US-South Korea', 'Japan-US-Korea', 'ROK-US-Japan', 'ROK-Japan-US', 'Japan-ROK-US', 'Japan-South Korea-US',
      'trilateral', 'Trilateral',
    ],
    members: ['US', 'JP', 'KR'],
    kind: 'grouping',
    // Counts only when the file is about two of the three and no outside country is named.
    ambiguous: ['trilateral', 'Trilateral'],
  },
  {
    id: 'MUSP',
    name: 'Mekong-U.S. Partnership',
    aliases: ['Mekong-US Partnership', 'Mekong-U.S. Partnership', 'Mekong-United States Partnership', 'MUSP'],
    members: ['US', ...MEKONG_FIVE],
    kind: 'grouping',
  },
  {
    id: 'JAPAN_MEKONG',
    name: 'Mekong-Japan Cooperation',
    aliases: ['Japan-Mekong', 'Mekong-Japan', 'Mekong-Japan Cooperation', 'Japan-Mekong Cooperation'],
    members: ['JP', ...MEKONG_FIVE],
    kind: 'grouping',
  },
  {
    id: 'JUMPP',
    name: 'Japan-US-Mekong Power Partnership',
    aliases: ['JUMPP', 'Japan-US-Mekong Power Partnership', 'Japan-United States-Mekong Power Partnership'],
    members: ['JP', 'US', ...MEKONG_FIVE],
    kind: 'grouping',
  },
  {
    id: 'FOM',
    name: 'Friends of the Mekong',
    aliases: ['Friends of the Mekong', 'FOM'],
    // The donor partners and the five Mekong countries; the ADB, the World Bank and the Mekong
    // River Commission also take part but are not in the country list.
    members: ['AU', 'JP', 'NZ', 'KR', 'US', 'EU', ...MEKONG_FIVE],
    kind: 'grouping',
  },
  {
    id: 'BRICS',
    name: 'BRICS',
    aliases: ['BRICS'],
    members: ['BR', 'RU', 'IN', 'CN', 'ZA', 'EG', 'ET', 'IR', 'AE', 'ID'],
    kind: 'grouping',
    // Saudi Arabia was invited in 2023 but has not confirmed; it is left out.
    since: { ZA: '2010-12-24', EG: '2024-01-01', ET: '2024-01-01', IR: '2024-01-01', AE: '2024-01-01', ID: '2025-01-06' },
  },
  {
    id: 'SCO',
    name: 'Shanghai Cooperation Organisation',
    aliases: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
    members: ['CN', 'RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY'],
    kind: 'grouping',
    since: { IN: '2017-06-09', PK: '2017-06-09', IR: '2023-07-04', BY: '2024-07-04' },
  },
  {
    id: 'EAS',
    name: 'East Asia Summit',
    aliases: ['East Asia Summit', 'EAS'],
    members: [...ASEAN_TEN, 'TL', 'AU', 'CN', 'IN', 'JP', 'NZ', 'KR', 'RU', 'US'],
    kind: 'grouping',
    // Taken to join with its ASEAN membership; the US and Russia joined at the sixth summit.
    since: { US: '2011-11-19', RU: '2011-11-19', TL: TIMOR_LESTE_JOINS_ASEAN },
  },
  {
    id: 'APEC',
    name: 'Asia-Pacific Economic Cooperation',
    aliases: ['APEC', 'Asia-Pacific Economic Cooperation'],
    // Member economies, including Hong Kong and Chinese Taipei.
    members: ['AU', 'BN', 'CA', 'CL', 'CN', 'HK', 'ID', 'JP', 'KR', 'MY', 'MX', 'NZ', 'PG', 'PE', 'PH', 'RU', 'SG', 'TW', 'TH', 'US', 'VN'],
    kind: 'grouping',
    since: { CN: '1991-11-12', HK: '1991-11-12', TW: '1991-11-12', MX: '1993-11-17', PG: '1993-11-17', CL: '1994-11-11', PE: '1998-11-14', RU: '1998-11-14', VN: '1998-11-14' },
  },
  {
    id: 'NATO',
    name: 'North Atlantic Treaty Organization',
    aliases: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    members: [
      'AL', 'BE', 'BG', 'CA', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IS', 'IT', 'LV',
      'LT', 'LU', 'ME', 'NL', 'MK', 'NO', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'TR', 'GB', 'US',
    ],
    kind: 'grouping',
    since: {
      GR: '1952-02-18', TR: '1952-02-18', DE: '1955-05-06', ES: '1982-05-30', CZ: '1999-03-12', HU: '1999-03-12', PL: '1999-03-12',
      BG: '2004-03-29', EE: '2004-03-29', LV: '2004-03-29', LT: '2004-03-29', RO: '2004-03-29', SK: '2004-03-29', SI: '2004-03-29',
      AL: '2009-04-01', HR: '2009-04-01', ME: '2017-06-05', MK: '2020-03-27', FI: '2023-04-04', SE: '2024-03-07',
    },
    organisation: 'NATO',
  },
  {
    id: 'MEF',
    name: 'Major Economies Forum on Energy and Climate',
    aliases: ['MEF', 'Major Economies Forum', 'Major Economies Forum on Energy and Climate'],
    // The standing membership since 2009; other countries are invited to particular meetings.
    members: ['AU', 'BR', 'CA', 'CN', 'EU', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'KR', 'MX', 'RU', 'ZA', 'GB', 'US'],
    kind: 'grouping',
  },
];
