/**
 * Countries and other actors an entry can name: all 193 UN member states, six more
 * territories and states with limited recognition that chronologies treat as actors (Taiwan,
 * Kosovo, the Holy See, Palestine, Hong Kong, Macau) and a few organisations (EU, UN, NATO,
 * ASEAN, African Union) that act in their own name.
 *
 * Codes are ISO 3166-1 alpha-2 (XK for Kosovo, a user-assigned code in common use). The
 * organisations get invented codes of 2–5 capital letters that are not ISO codes in use:
 * 'EU' (exceptionally reserved for the EU by ISO itself), 'UN', 'NATO', 'ASEAN' and 'AFU' for
 * the African Union — 'AU' would be Australia. Organisations have no alpha-3 ('').
 *
 * Matching (see match.ts) is case-sensitive on whole words. Strings listed in `ambiguous` are
 * aliases (or the capital) that also mean something else — 'Georgia' the US state, 'Jordan' and
 * 'Chad' the first names, 'Turkey', 'Guinea' inside longer names, the two Congos, 'Korea' for
 * either Korea — and count only when the words around them do not point elsewhere. An
 * ambiguous capital ('Victoria', 'Kingston', 'Brussels' for the EU as much as Belgium) is never
 * read as the country acting.
 */
export interface Country {
  /** ISO 3166-1 alpha-2, e.g. 'US'; an invented code for an organisation, e.g. 'NATO'. */
  code: string;
  /** ISO 3166-1 alpha-3, e.g. 'USA'; '' for an organisation. */
  alpha3: string;
  name: string;
  shortName?: string;
  /** Other names and short forms: 'U.S.', 'USA', 'United States of America', 'America'. */
  aliases: string[];
  /** As used before nouns: 'American', 'US', 'U.S.'. */
  adjectives: string[];
  /** The seat of government, read as the country acting: 'Pyongyang fired', 'Tokyo and Seoul agreed'. */
  capital?: string;
  /** Other spellings of the capital and buildings that stand for the government: 'Kyiv'/'Kiev', 'the Kremlin'. */
  capitalAliases?: string[];
  kind: 'state' | 'organisation';
  /** Aliases, adjectives or the capital that need context before they count (see match.ts). */
  ambiguous?: string[];
}

interface Extra {
  aliases?: string[];
  shortName?: string;
  capitalAliases?: string[];
  ambiguous?: string[];
}

function state(code: string, alpha3: string, name: string, adjectives: string[], capital?: string, extra: Extra = {}): Country {
  const c: Country = { code, alpha3, name, aliases: extra.aliases ?? [], adjectives, kind: 'state' };
  if (extra.shortName) c.shortName = extra.shortName;
  if (capital) c.capital = capital;
  if (extra.capitalAliases) c.capitalAliases = extra.capitalAliases;
  if (extra.ambiguous) c.ambiguous = extra.ambiguous;
  return c;
}

function organisation(code: string, name: string, aliases: string[], adjectives: string[] = []): Country {
  return { code, alpha3: '', name, aliases, adjectives, kind: 'organisation' };
}

/** The 193 UN member states, in the UN's alphabetical order. */
const unMembers: Country[] = [
  state('AF', 'AFG', 'Afghanistan', ['Afghan'], 'Kabul'),
  state('AL', 'ALB', 'Albania', ['Albanian'], 'Tirana'),
  state('DZ', 'DZA', 'Algeria', ['Algerian'], 'Algiers'),
  state('AD', 'AND', 'Andorra', ['Andorran'], 'Andorra la Vella'),
  state('AO', 'AGO', 'Angola', ['Angolan'], 'Luanda'),
  state('AG', 'ATG', 'Antigua and Barbuda', ['Antiguan'], "St. John's", { ambiguous: ["St. John's"] }),
  state('AR', 'ARG', 'Argentina', ['Argentine', 'Argentinian'], 'Buenos Aires'),
  state('AM', 'ARM', 'Armenia', ['Armenian'], 'Yerevan'),
  state('AU', 'AUS', 'Australia', ['Australian'], 'Canberra'),
  state('AT', 'AUT', 'Austria', ['Austrian'], 'Vienna', { ambiguous: ['Vienna'] }),
  state('AZ', 'AZE', 'Azerbaijan', ['Azerbaijani', 'Azeri'], 'Baku'),
  state('BS', 'BHS', 'Bahamas', ['Bahamian'], 'Nassau', { aliases: ['The Bahamas'], ambiguous: ['Nassau'] }),
  state('BH', 'BHR', 'Bahrain', ['Bahraini'], 'Manama'),
  state('BD', 'BGD', 'Bangladesh', ['Bangladeshi'], 'Dhaka'),
  state('BB', 'BRB', 'Barbados', ['Barbadian'], 'Bridgetown'),
  state('BY', 'BLR', 'Belarus', ['Belarusian'], 'Minsk'),
  // 'Brussels' stands for the EU at least as often as for Belgium.
  state('BE', 'BEL', 'Belgium', ['Belgian'], 'Brussels', { ambiguous: ['Brussels'] }),
  state('BZ', 'BLZ', 'Belize', ['Belizean'], 'Belmopan'),
  state('BJ', 'BEN', 'Benin', ['Beninese'], 'Porto-Novo'),
  state('BT', 'BTN', 'Bhutan', ['Bhutanese'], 'Thimphu'),
  state('BO', 'BOL', 'Bolivia', ['Bolivian'], 'Sucre', { aliases: ['Plurinational State of Bolivia'], capitalAliases: ['La Paz'], ambiguous: ['La Paz'] }),
  state('BA', 'BIH', 'Bosnia and Herzegovina', ['Bosnian'], 'Sarajevo', { aliases: ['Bosnia', 'Bosnia-Herzegovina', 'BiH'] }),
  state('BW', 'BWA', 'Botswana', ['Botswanan'], 'Gaborone'),
  state('BR', 'BRA', 'Brazil', ['Brazilian'], 'Brasília', { capitalAliases: ['Brasilia'] }),
  state('BN', 'BRN', 'Brunei', ['Bruneian'], 'Bandar Seri Begawan', { aliases: ['Brunei Darussalam'] }),
  state('BG', 'BGR', 'Bulgaria', ['Bulgarian'], 'Sofia', { ambiguous: ['Sofia'] }),
  state('BF', 'BFA', 'Burkina Faso', ['Burkinabe'], 'Ouagadougou'),
  state('BI', 'BDI', 'Burundi', ['Burundian'], 'Gitega'),
  state('CV', 'CPV', 'Cabo Verde', ['Cape Verdean'], 'Praia', { aliases: ['Cape Verde'] }),
  state('KH', 'KHM', 'Cambodia', ['Cambodian'], 'Phnom Penh', { aliases: ['Kingdom of Cambodia', 'Kampuchea', 'Democratic Kampuchea'] }),
  state('CM', 'CMR', 'Cameroon', ['Cameroonian'], 'Yaoundé', { capitalAliases: ['Yaounde'] }),
  state('CA', 'CAN', 'Canada', ['Canadian'], 'Ottawa'),
  state('CF', 'CAF', 'Central African Republic', ['Central African'], 'Bangui'),
  state('TD', 'TCD', 'Chad', ['Chadian'], "N'Djamena", { ambiguous: ['Chad'] }),
  state('CL', 'CHL', 'Chile', ['Chilean'], 'Santiago', { ambiguous: ['Santiago'] }),
  state('CN', 'CHN', 'China', ['Chinese', 'PRC'], 'Beijing', {
    aliases: ['PRC', 'P.R.C.', "People's Republic of China", 'Mainland China', "People's Liberation Army", 'PLA', 'Communist China', 'Red China'],
    capitalAliases: ['Zhongnanhai', 'Peking'],
  }),
  state('CO', 'COL', 'Colombia', ['Colombian'], 'Bogotá', { capitalAliases: ['Bogota'] }),
  state('KM', 'COM', 'Comoros', ['Comorian'], 'Moroni'),
  // Bare 'Congo' is the Republic of the Congo's own short name; the press often means the DRC.
  state('CG', 'COG', 'Republic of the Congo', [], 'Brazzaville', {
    shortName: 'Congo',
    aliases: ['Congo', 'Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'],
    ambiguous: ['Congo'],
  }),
  state('CR', 'CRI', 'Costa Rica', ['Costa Rican'], 'San José', { capitalAliases: ['San Jose'], ambiguous: ['San José', 'San Jose'] }),
  state('CI', 'CIV', "Côte d'Ivoire", ['Ivorian'], 'Yamoussoukro', { aliases: ['Ivory Coast', "Cote d'Ivoire"], capitalAliases: ['Abidjan'] }),
  state('HR', 'HRV', 'Croatia', ['Croatian'], 'Zagreb'),
  state('CU', 'CUB', 'Cuba', ['Cuban'], 'Havana'),
  state('CY', 'CYP', 'Cyprus', ['Cypriot'], 'Nicosia'),
  state('CZ', 'CZE', 'Czechia', ['Czech'], 'Prague', { aliases: ['Czech Republic'] }),
  state('KP', 'PRK', 'North Korea', ['North Korean', 'DPRK'], 'Pyongyang', {
    aliases: ['DPRK', 'D.P.R.K.', 'N. Korea', "Democratic People's Republic of Korea"],
  }),
  state('CD', 'COD', 'Democratic Republic of the Congo', ['Congolese'], 'Kinshasa', {
    shortName: 'DR Congo',
    aliases: ['DRC', 'DR Congo', 'D.R. Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
    ambiguous: ['Congolese'],
  }),
  state('DK', 'DNK', 'Denmark', ['Danish'], 'Copenhagen'),
  // The capital shares the country's name.
  state('DJ', 'DJI', 'Djibouti', ['Djiboutian']),
  // 'Dominican' is taken by the Dominican Republic.
  state('DM', 'DMA', 'Dominica', [], 'Roseau'),
  state('DO', 'DOM', 'Dominican Republic', ['Dominican'], 'Santo Domingo'),
  state('EC', 'ECU', 'Ecuador', ['Ecuadorian'], 'Quito'),
  state('EG', 'EGY', 'Egypt', ['Egyptian'], 'Cairo'),
  state('SV', 'SLV', 'El Salvador', ['Salvadoran'], 'San Salvador'),
  state('GQ', 'GNQ', 'Equatorial Guinea', ['Equatoguinean', 'Equatorial Guinean'], 'Malabo'),
  state('ER', 'ERI', 'Eritrea', ['Eritrean'], 'Asmara'),
  state('EE', 'EST', 'Estonia', ['Estonian'], 'Tallinn'),
  state('SZ', 'SWZ', 'Eswatini', ['Swazi'], 'Mbabane', { aliases: ['Swaziland'] }),
  state('ET', 'ETH', 'Ethiopia', ['Ethiopian'], 'Addis Ababa'),
  state('FJ', 'FJI', 'Fiji', ['Fijian'], 'Suva'),
  state('FI', 'FIN', 'Finland', ['Finnish'], 'Helsinki'),
  state('FR', 'FRA', 'France', ['French'], 'Paris', { capitalAliases: ['Élysée', 'Elysee'] }),
  state('GA', 'GAB', 'Gabon', ['Gabonese'], 'Libreville'),
  state('GM', 'GMB', 'Gambia', ['Gambian'], 'Banjul', { aliases: ['The Gambia'] }),
  // Also a US state ('Georgia Gov. …').
  state('GE', 'GEO', 'Georgia', ['Georgian'], 'Tbilisi', { ambiguous: ['Georgia'] }),
  state('DE', 'DEU', 'Germany', ['German', 'West German'], 'Berlin', { aliases: ['West Germany', 'Federal Republic of Germany', 'FRG'], capitalAliases: ['Bonn'] }),
  state('GH', 'GHA', 'Ghana', ['Ghanaian'], 'Accra'),
  state('GR', 'GRC', 'Greece', ['Greek'], 'Athens', { ambiguous: ['Athens'] }),
  state('GD', 'GRD', 'Grenada', ['Grenadian'], "St. George's", { ambiguous: ["St. George's"] }),
  state('GT', 'GTM', 'Guatemala', ['Guatemalan'], 'Guatemala City'),
  // Also inside 'Papua New Guinea', 'Equatorial Guinea', 'Guinea-Bissau' (longer names win).
  state('GN', 'GIN', 'Guinea', ['Guinean'], 'Conakry', { ambiguous: ['Guinea', 'Guinean'] }),
  state('GW', 'GNB', 'Guinea-Bissau', ['Bissau-Guinean'], 'Bissau'),
  state('GY', 'GUY', 'Guyana', ['Guyanese'], 'Georgetown', { ambiguous: ['Georgetown'] }),
  state('HT', 'HTI', 'Haiti', ['Haitian'], 'Port-au-Prince'),
  state('HN', 'HND', 'Honduras', ['Honduran'], 'Tegucigalpa'),
  state('HU', 'HUN', 'Hungary', ['Hungarian'], 'Budapest'),
  state('IS', 'ISL', 'Iceland', ['Icelandic'], 'Reykjavík', { capitalAliases: ['Reykjavik'] }),
  state('IN', 'IND', 'India', ['Indian'], 'New Delhi'),
  state('ID', 'IDN', 'Indonesia', ['Indonesian'], 'Jakarta'),
  state('IR', 'IRN', 'Iran', ['Iranian'], 'Tehran', { aliases: ['Islamic Republic of Iran'] }),
  state('IQ', 'IRQ', 'Iraq', ['Iraqi'], 'Baghdad'),
  state('IE', 'IRL', 'Ireland', ['Irish'], 'Dublin', { aliases: ['Republic of Ireland'] }),
  // The capital is contested; no metonym.
  state('IL', 'ISR', 'Israel', ['Israeli']),
  state('IT', 'ITA', 'Italy', ['Italian'], 'Rome', { capitalAliases: ['Palazzo Chigi'] }),
  state('JM', 'JAM', 'Jamaica', ['Jamaican'], 'Kingston', { ambiguous: ['Kingston'] }),
  // Japan's forces act for it ('a Ground Self-Defense Force helicopter crashes'); bare 'SDF' is also Syria's Democratic Forces.
  state('JP', 'JPN', 'Japan', ['Japanese'], 'Tokyo', {
    aliases: ['Self-Defense Forces', 'Self-Defense Force', 'Self-Defence Forces', 'Self-Defence Force', 'JSDF', 'GSDF', 'MSDF', 'ASDF'],
    capitalAliases: ['Kantei'],
  }),
  // Also a first and family name ('Michael Jordan', 'Jordan Peterson').
  state('JO', 'JOR', 'Jordan', ['Jordanian'], 'Amman', { ambiguous: ['Jordan'] }),
  state('KZ', 'KAZ', 'Kazakhstan', ['Kazakh', 'Kazakhstani'], 'Astana'),
  state('KE', 'KEN', 'Kenya', ['Kenyan'], 'Nairobi'),
  state('KI', 'KIR', 'Kiribati', ['I-Kiribati'], 'Tarawa'),
  state('KW', 'KWT', 'Kuwait', ['Kuwaiti'], 'Kuwait City'),
  state('KG', 'KGZ', 'Kyrgyzstan', ['Kyrgyz'], 'Bishkek', { aliases: ['Kyrgyz Republic'] }),
  state('LA', 'LAO', 'Laos', ['Lao', 'Laotian'], 'Vientiane', { aliases: ['Lao PDR', "Lao People's Democratic Republic"] }),
  state('LV', 'LVA', 'Latvia', ['Latvian'], 'Riga'),
  state('LB', 'LBN', 'Lebanon', ['Lebanese'], 'Beirut'),
  state('LS', 'LSO', 'Lesotho', ['Basotho'], 'Maseru'),
  state('LR', 'LBR', 'Liberia', ['Liberian'], 'Monrovia'),
  state('LY', 'LBY', 'Libya', ['Libyan'], 'Tripoli'),
  state('LI', 'LIE', 'Liechtenstein', ['Liechtensteiner'], 'Vaduz'),
  state('LT', 'LTU', 'Lithuania', ['Lithuanian'], 'Vilnius'),
  // The capital shares the country's name.
  state('LU', 'LUX', 'Luxembourg', ['Luxembourgish']),
  state('MG', 'MDG', 'Madagascar', ['Malagasy'], 'Antananarivo'),
  state('MW', 'MWI', 'Malawi', ['Malawian'], 'Lilongwe'),
  state('MY', 'MYS', 'Malaysia', ['Malaysian'], 'Kuala Lumpur', { capitalAliases: ['Putrajaya'] }),
  state('MV', 'MDV', 'Maldives', ['Maldivian'], 'Malé'),
  state('ML', 'MLI', 'Mali', ['Malian'], 'Bamako'),
  state('MT', 'MLT', 'Malta', ['Maltese'], 'Valletta'),
  state('MH', 'MHL', 'Marshall Islands', ['Marshallese'], 'Majuro'),
  state('MR', 'MRT', 'Mauritania', ['Mauritanian'], 'Nouakchott'),
  state('MU', 'MUS', 'Mauritius', ['Mauritian'], 'Port Louis'),
  state('MX', 'MEX', 'Mexico', ['Mexican'], 'Mexico City'),
  state('FM', 'FSM', 'Micronesia', ['Micronesian'], 'Palikir', { aliases: ['Federated States of Micronesia', 'FSM'] }),
  state('MD', 'MDA', 'Moldova', ['Moldovan'], 'Chișinău', { aliases: ['Republic of Moldova'], capitalAliases: ['Chisinau'] }),
  // The capital shares the country's name.
  state('MC', 'MCO', 'Monaco', ['Monegasque']),
  state('MN', 'MNG', 'Mongolia', ['Mongolian'], 'Ulaanbaatar', { capitalAliases: ['Ulan Bator'] }),
  state('ME', 'MNE', 'Montenegro', ['Montenegrin'], 'Podgorica'),
  state('MA', 'MAR', 'Morocco', ['Moroccan'], 'Rabat'),
  state('MZ', 'MOZ', 'Mozambique', ['Mozambican'], 'Maputo'),
  state('MM', 'MMR', 'Myanmar', ['Burmese'], 'Naypyidaw', { aliases: ['Burma'], capitalAliases: ['Nay Pyi Taw', 'Naypyitaw'] }),
  state('NA', 'NAM', 'Namibia', ['Namibian'], 'Windhoek'),
  state('NR', 'NRU', 'Nauru', ['Nauruan'], 'Yaren'),
  state('NP', 'NPL', 'Nepal', ['Nepali', 'Nepalese'], 'Kathmandu'),
  state('NL', 'NLD', 'Netherlands', ['Dutch'], 'Amsterdam', { aliases: ['Holland', 'Kingdom of the Netherlands'], capitalAliases: ['The Hague'], ambiguous: ['Holland', 'The Hague'] }),
  state('NZ', 'NZL', 'New Zealand', ['New Zealand'], 'Wellington', { ambiguous: ['Wellington'] }),
  state('NI', 'NIC', 'Nicaragua', ['Nicaraguan'], 'Managua'),
  state('NE', 'NER', 'Niger', ['Nigerien'], 'Niamey'),
  state('NG', 'NGA', 'Nigeria', ['Nigerian'], 'Abuja'),
  state('MK', 'MKD', 'North Macedonia', ['Macedonian'], 'Skopje', { aliases: ['Macedonia'], ambiguous: ['Macedonia', 'Macedonian'] }),
  state('NO', 'NOR', 'Norway', ['Norwegian'], 'Oslo'),
  state('OM', 'OMN', 'Oman', ['Omani'], 'Muscat'),
  state('PK', 'PAK', 'Pakistan', ['Pakistani'], 'Islamabad'),
  state('PW', 'PLW', 'Palau', ['Palauan'], 'Ngerulmud'),
  state('PA', 'PAN', 'Panama', ['Panamanian'], 'Panama City', { ambiguous: ['Panama City'] }),
  state('PG', 'PNG', 'Papua New Guinea', ['Papua New Guinean'], 'Port Moresby', { aliases: ['PNG'] }),
  state('PY', 'PRY', 'Paraguay', ['Paraguayan'], 'Asunción', { capitalAliases: ['Asuncion'] }),
  state('PE', 'PER', 'Peru', ['Peruvian'], 'Lima'),
  state('PH', 'PHL', 'Philippines', ['Philippine', 'Filipino'], 'Manila', { aliases: ['Republic of the Philippines'], capitalAliases: ['Malacañang', 'Malacanang'] }),
  state('PL', 'POL', 'Poland', ['Polish'], 'Warsaw'),
  state('PT', 'PRT', 'Portugal', ['Portuguese'], 'Lisbon'),
  state('QA', 'QAT', 'Qatar', ['Qatari'], 'Doha'),
  // Bare 'Korea' / 'Korean': South Korea unless the file is about North Korea (match.ts).
  state('KR', 'KOR', 'South Korea', ['South Korean', 'ROK', 'Korean'], 'Seoul', {
    aliases: ['ROK', 'R.O.K.', 'Republic of Korea', 'S. Korea', 'Korea'],
    ambiguous: ['Korea', 'Korean'],
  }),
  state('RO', 'ROU', 'Romania', ['Romanian'], 'Bucharest'),
  state('RU', 'RUS', 'Russia', ['Russian'], 'Moscow', { aliases: ['Russian Federation'], capitalAliases: ['Kremlin'] }),
  state('RW', 'RWA', 'Rwanda', ['Rwandan'], 'Kigali'),
  state('KN', 'KNA', 'Saint Kitts and Nevis', ['Kittitian'], 'Basseterre', { aliases: ['St. Kitts and Nevis', 'St Kitts and Nevis'] }),
  state('LC', 'LCA', 'Saint Lucia', ['Saint Lucian'], 'Castries', { aliases: ['St. Lucia', 'St Lucia'] }),
  state('VC', 'VCT', 'Saint Vincent and the Grenadines', ['Vincentian'], 'Kingstown', { aliases: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'] }),
  state('WS', 'WSM', 'Samoa', ['Samoan'], 'Apia'),
  // The capital shares the country's name.
  state('SM', 'SMR', 'San Marino', ['Sammarinese']),
  state('ST', 'STP', 'São Tomé and Príncipe', ['Santomean'], 'São Tomé', { aliases: ['Sao Tome and Principe'], capitalAliases: ['Sao Tome'] }),
  state('SA', 'SAU', 'Saudi Arabia', ['Saudi', 'Saudi Arabian'], 'Riyadh', { aliases: ['KSA'] }),
  state('SN', 'SEN', 'Senegal', ['Senegalese'], 'Dakar'),
  state('RS', 'SRB', 'Serbia', ['Serbian'], 'Belgrade'),
  state('SC', 'SYC', 'Seychelles', ['Seychellois'], 'Victoria', { ambiguous: ['Victoria'] }),
  state('SL', 'SLE', 'Sierra Leone', ['Sierra Leonean'], 'Freetown'),
  // The capital shares the country's name.
  state('SG', 'SGP', 'Singapore', ['Singaporean']),
  state('SK', 'SVK', 'Slovakia', ['Slovak'], 'Bratislava'),
  state('SI', 'SVN', 'Slovenia', ['Slovenian', 'Slovene'], 'Ljubljana'),
  state('SB', 'SLB', 'Solomon Islands', ['Solomon Islands'], 'Honiara'),
  state('SO', 'SOM', 'Somalia', ['Somali'], 'Mogadishu'),
  state('ZA', 'ZAF', 'South Africa', ['South African'], 'Pretoria'),
  state('SS', 'SSD', 'South Sudan', ['South Sudanese'], 'Juba'),
  state('ES', 'ESP', 'Spain', ['Spanish'], 'Madrid'),
  // Colombo is the seat of the executive; Sri Jayawardenepura Kotte the official capital.
  state('LK', 'LKA', 'Sri Lanka', ['Sri Lankan', 'Ceylonese'], 'Colombo', { aliases: ['Ceylon'] }),
  state('SD', 'SDN', 'Sudan', ['Sudanese'], 'Khartoum'),
  state('SR', 'SUR', 'Suriname', ['Surinamese'], 'Paramaribo'),
  state('SE', 'SWE', 'Sweden', ['Swedish'], 'Stockholm'),
  state('CH', 'CHE', 'Switzerland', ['Swiss'], 'Bern'),
  state('SY', 'SYR', 'Syria', ['Syrian'], 'Damascus', { aliases: ['Syrian Arab Republic'] }),
  state('TJ', 'TJK', 'Tajikistan', ['Tajik'], 'Dushanbe'),
  state('TH', 'THA', 'Thailand', ['Thai'], 'Bangkok'),
  state('TL', 'TLS', 'Timor-Leste', ['Timorese'], 'Dili', { aliases: ['East Timor'] }),
  state('TG', 'TGO', 'Togo', ['Togolese'], 'Lomé', { capitalAliases: ['Lome'] }),
  state('TO', 'TON', 'Tonga', ['Tongan'], 'Nukuʻalofa', { capitalAliases: ["Nuku'alofa"] }),
  state('TT', 'TTO', 'Trinidad and Tobago', ['Trinidadian'], 'Port of Spain'),
  state('TN', 'TUN', 'Tunisia', ['Tunisian'], 'Tunis'),
  state('TR', 'TUR', 'Türkiye', ['Turkish'], 'Ankara', { aliases: ['Turkey', 'Turkiye', 'Republic of Türkiye'], ambiguous: ['Turkey'] }),
  state('TM', 'TKM', 'Turkmenistan', ['Turkmen'], 'Ashgabat'),
  state('TV', 'TUV', 'Tuvalu', ['Tuvaluan'], 'Funafuti'),
  state('UG', 'UGA', 'Uganda', ['Ugandan'], 'Kampala'),
  state('UA', 'UKR', 'Ukraine', ['Ukrainian'], 'Kyiv', { capitalAliases: ['Kiev'] }),
  state('AE', 'ARE', 'United Arab Emirates', ['Emirati'], 'Abu Dhabi', { aliases: ['UAE', 'U.A.E.'] }),
  state('GB', 'GBR', 'United Kingdom', ['British', 'UK', 'U.K.'], 'London', {
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland', 'Northern Ireland'],
    capitalAliases: ['Downing Street', 'Whitehall'],
  }),
  state('TZ', 'TZA', 'Tanzania', ['Tanzanian'], 'Dodoma', { aliases: ['United Republic of Tanzania'] }),
  state('US', 'USA', 'United States', ['American', 'US', 'U.S.'], 'Washington', {
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'],
    capitalAliases: ['White House', 'Pentagon'],
  }),
  state('UY', 'URY', 'Uruguay', ['Uruguayan'], 'Montevideo'),
  state('UZ', 'UZB', 'Uzbekistan', ['Uzbek'], 'Tashkent'),
  state('VU', 'VUT', 'Vanuatu', ['Ni-Vanuatu'], 'Port Vila'),
  state('VE', 'VEN', 'Venezuela', ['Venezuelan'], 'Caracas'),
  state('VN', 'VNM', 'Vietnam', ['Vietnamese'], 'Hanoi', { aliases: ['Viet Nam'], capitalAliases: ['Ha Noi'] }),
  state('YE', 'YEM', 'Yemen', ['Yemeni'], "Sana'a", { capitalAliases: ['Sanaa'] }),
  state('ZM', 'ZMB', 'Zambia', ['Zambian'], 'Lusaka'),
  state('ZW', 'ZWE', 'Zimbabwe', ['Zimbabwean'], 'Harare'),
];

/** States and territories outside the UN that chronologies treat as actors ('state' for the matcher's purposes). */
const nonMembers: Country[] = [
  state('TW', 'TWN', 'Taiwan', ['Taiwanese'], 'Taipei', { aliases: ['Republic of China', 'ROC', 'Chinese Taipei', 'Formosa', 'Nationalist China'] }),
  state('XK', 'XKX', 'Kosovo', ['Kosovar'], 'Pristina', { capitalAliases: ['Prishtina'] }),
  // Vatican City, the capital, shares the name.
  state('VA', 'VAT', 'Holy See', ['Vatican'], undefined, { aliases: ['Vatican', 'Vatican City'] }),
  // Capital contested; no metonym.
  state('PS', 'PSE', 'Palestine', ['Palestinian'], undefined, { aliases: ['State of Palestine', 'Palestinian Authority'] }),
  state('HK', 'HKG', 'Hong Kong', ['Hong Kong'], undefined, { aliases: ['Hong Kong SAR'] }),
  state('MO', 'MAC', 'Macau', ['Macanese'], undefined, { aliases: ['Macao', 'Macau SAR', 'Macao SAR'] }),
];

/**
 * States that no longer exist, under their ISO 3166-3 codes' alpha-2 parts: the Soviet Union
 * (SU, still reserved by ISO), East Germany (DD) and Yugoslavia (YU). Before the Soviet Union's end, 'Russia',
 * 'Moscow' and 'the Kremlin' are read as SU (see match.ts). North and South Vietnam are read as
 * VN, there being no current code for either.
 */
const formerStates: Country[] = [
  state('SU', 'SUN', 'Soviet Union', ['Soviet'], undefined, { aliases: ['USSR', 'U.S.S.R.', 'Soviets', 'Union of Soviet Socialist Republics'] }),
  state('DD', 'DDR', 'East Germany', ['East German'], undefined, { aliases: ['German Democratic Republic', 'GDR'] }),
  state('YU', 'YUG', 'Yugoslavia', ['Yugoslav', 'Yugoslavian'], undefined, { aliases: ['Socialist Federal Republic of Yugoslavia', 'SFRY'] }),
];

/** The day after which 'Russia' no longer means the Soviet Union: Gorbachev's resignation. */
export const SOVIET_UNION_ENDS = '1991-12-26';

const organisations: Country[] = [
  organisation('EU', 'European Union', ['EU', 'E.U.', 'European Commission', 'European Council', 'Council of the European Union']),
  organisation('UN', 'United Nations', ['UN', 'U.N.', 'UN Security Council', 'United Nations Security Council', 'UNSC', 'UN General Assembly', 'United Nations General Assembly', 'UNGA']),
  organisation('NATO', 'North Atlantic Treaty Organization', ['NATO', 'North Atlantic Treaty Organisation']),
  organisation('ASEAN', 'Association of Southeast Asian Nations', ['ASEAN', 'ASEAN Secretariat']),
  // 'AU' is Australia's ISO code, so the African Union is 'AFU'; the text 'AU' is not matched at all.
  organisation('AFU', 'African Union', ['African Union', 'African Union Commission']),
];

export const countries: readonly Country[] = [...unMembers, ...nonMembers, ...formerStates, ...organisations];

/** Codes of the states outside the UN listed above, for reference and tests. */
export const NON_UN_STATES: readonly string[] = nonMembers.map((c) => c.code);
