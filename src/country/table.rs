// @generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh
//
// Generator: scripts/gen_country_table.py
// Source: pycountry 26.2.16 (PyPI), databases/iso3166-1.json (Debian iso-codes)

/// The ISO 3166-1 data [`Country`](crate::Country) knows: the release of pycountry
/// whose database (Debian's iso-codes) the country table is generated from.
///
/// pycountry is calendar-versioned, so the version dates the data.
///
/// # Examples
///
/// ```
/// assert_eq!(contactkit::country::DATA_VERSION, "pycountry 26.2.16");
/// ```
pub const DATA_VERSION: &str = "pycountry 26.2.16";

/// How many current countries there are; a [`Country`](crate::Country) is an
/// index below this, in alpha-2 order.
pub(super) const COUNT: usize = 249;

/// The alpha-2 codes of every current ISO 3166-1 country, sorted: country `i` is
/// bytes `2*i..2*i + 2`.
pub(super) const ALPHA2: &str = "\
    ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJ\
    BLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCR\
    CUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFR\
    GAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHU\
    IDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZ\
    LALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQ\
    MRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPF\
    PGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI\
    SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTR\
    TTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW\
";

/// The alpha-3 codes in country order: country `i` is bytes `3*i..3*i + 3`.
pub(super) const ALPHA3: &str = "\
    ANDAREAFGATGAIAALBARMAGOATAARGASMAUTAUSABWALAAZEBIHBRBBGDBELBFABGRBHRBDIBEN\
    BLMBMUBRNBOLBESBRABHSBTNBVTBWABLRBLZCANCCKCODCAFCOGCHECIVCOKCHLCMRCHNCOLCRI\
    CUBCPVCUWCXRCYPCZEDEUDJIDNKDMADOMDZAECUESTEGYESHERIESPETHFINFJIFLKFSMFROFRA\
    GABGBRGRDGEOGUFGGYGHAGIBGRLGMBGINGLPGNQGRCSGSGTMGUMGNBGUYHKGHMDHNDHRVHTIHUN\
    IDNIRLISRIMNINDIOTIRQIRNISLITAJEYJAMJORJPNKENKGZKHMKIRCOMKNAPRKKORKWTCYMKAZ\
    LAOLBNLCALIELKALBRLSOLTULUXLVALBYMARMCOMDAMNEMAFMDGMHLMKDMLIMMRMNGMACMNPMTQ\
    MRTMSRMLTMUSMDVMWIMEXMYSMOZNAMNCLNERNFKNGANICNLDNORNPLNRUNIUNZLOMNPANPERPYF\
    PNGPHLPAKPOLSPMPCNPRIPSEPRTPLWPRYQATREUROUSRBRUSRWASAUSLBSYCSDNSWESGPSHNSVN\
    SJMSVKSLESMRSENSOMSURSSDSTPSLVSXMSYRSWZTCATCDATFTGOTHATJKTKLTLSTKMTUNTONTUR\
    TTOTUVTWNTZAUKRUGAUMIUSAURYUZBVATVCTVENVGBVIRVNMVUTWLFWSMYEMMYTZAFZMBZWE\
";

/// The countries in alpha-3 order.
#[rustfmt::skip]
pub(super) static BY_ALPHA3: [u8; 249] = [
    13, 2, 7, 4, 14, 5, 0, 1, 9, 6, 10, 8, 215, 3, 12, 11,
    15, 23, 19, 24, 29, 20, 18, 21, 22, 31, 16, 25, 35, 36, 26, 28,
    30, 17, 27, 32, 33, 34, 40, 37, 38, 42, 45, 47, 43, 46, 39, 41,
    44, 48, 118, 51, 49, 50, 52, 53, 123, 54, 55, 56, 57, 59, 58, 60,
    61, 62, 64, 66, 65, 67, 63, 68, 69, 70, 71, 74, 73, 72, 75, 76,
    78, 80, 81, 82, 85, 86, 84, 92, 87, 88, 77, 83, 90, 79, 91, 93,
    94, 95, 96, 97, 98, 99, 100, 103, 104, 105, 101, 107, 106, 108, 102, 109,
    111, 110, 112, 113, 124, 114, 115, 116, 117, 119, 121, 122, 125, 126, 130, 135,
    127, 128, 129, 131, 132, 133, 134, 147, 140, 136, 137, 138, 141, 154, 156, 142,
    143, 144, 152, 145, 139, 146, 148, 158, 150, 151, 149, 153, 155, 157, 245, 159,
    160, 161, 162, 163, 164, 169, 165, 166, 167, 168, 170, 171, 177, 172, 180, 173,
    176, 184, 175, 178, 181, 120, 183, 185, 182, 174, 186, 187, 188, 190, 191, 192,
    195, 204, 197, 89, 198, 200, 193, 202, 209, 203, 205, 179, 189, 207, 208, 206,
    201, 199, 196, 212, 210, 194, 211, 213, 214, 216, 217, 218, 219, 221, 220, 223,
    225, 222, 224, 226, 227, 228, 230, 229, 231, 233, 232, 234, 235, 236, 237, 238,
    239, 240, 241, 242, 243, 244, 246, 247, 248,
];

/// The numeric codes in country order.
#[rustfmt::skip]
pub(super) static NUMERIC: [u16; 249] = [
    20, 784, 4, 28, 660, 8, 51, 24, 10, 32, 16, 40, 36, 533, 248, 31,
    70, 52, 50, 56, 854, 100, 48, 108, 204, 652, 60, 96, 68, 535, 76, 44,
    64, 74, 72, 112, 84, 124, 166, 180, 140, 178, 756, 384, 184, 152, 120, 156,
    170, 188, 192, 132, 531, 162, 196, 203, 276, 262, 208, 212, 214, 12, 218, 233,
    818, 732, 232, 724, 231, 246, 242, 238, 583, 234, 250, 266, 826, 308, 268, 254,
    831, 288, 292, 304, 270, 324, 312, 226, 300, 239, 320, 316, 624, 328, 344, 334,
    340, 191, 332, 348, 360, 372, 376, 833, 356, 86, 368, 364, 352, 380, 832, 388,
    400, 392, 404, 417, 116, 296, 174, 659, 408, 410, 414, 136, 398, 418, 422, 662,
    438, 144, 430, 426, 440, 442, 428, 434, 504, 492, 498, 499, 663, 450, 584, 807,
    466, 104, 496, 446, 580, 474, 478, 500, 470, 480, 462, 454, 484, 458, 508, 516,
    540, 562, 574, 566, 558, 528, 578, 524, 520, 570, 554, 512, 591, 604, 258, 598,
    608, 586, 616, 666, 612, 630, 275, 620, 585, 600, 634, 638, 642, 688, 643, 646,
    682, 90, 690, 729, 752, 702, 654, 705, 744, 703, 694, 674, 686, 706, 740, 728,
    678, 222, 534, 760, 748, 796, 148, 260, 768, 764, 762, 772, 626, 795, 788, 776,
    792, 780, 798, 158, 834, 804, 800, 581, 840, 858, 860, 336, 670, 862, 92, 850,
    704, 548, 876, 882, 887, 175, 710, 894, 716,
];

/// Every English spelling pycountry matches (`name`, `official_name`,
/// `common_name`) once, concatenated in the order of their lower-case forms
/// (by code point); spelling `k` is `NAMES[NAME_STARTS[k]..NAME_STARTS[k + 1]]`.
pub(super) const NAMES: &str = "\
    Afghanistan\
    Albania\
    Algeria\
    American Samoa\
    Andorra\
    Angola\
    Anguilla\
    Antarctica\
    Antigua and Barbuda\
    Arab Republic of Egypt\
    Argentina\
    Argentine Republic\
    Armenia\
    Aruba\
    Australia\
    Austria\
    Azerbaijan\
    Bahamas\
    Bahrain\
    Bangladesh\
    Barbados\
    Belarus\
    Belgium\
    Belize\
    Benin\
    Bermuda\
    Bhutan\
    Bolivarian Republic of Venezuela\
    Bolivia\
    Bolivia, Plurinational State of\
    Bonaire, Sint Eustatius and Saba\
    Bosnia and Herzegovina\
    Botswana\
    Bouvet Island\
    Brazil\
    British Indian Ocean Territory\
    British Virgin Islands\
    Brunei Darussalam\
    Bulgaria\
    Burkina Faso\
    Burundi\
    Cabo Verde\
    Cambodia\
    Cameroon\
    Canada\
    Cayman Islands\
    Central African Republic\
    Chad\
    Chile\
    China\
    Christmas Island\
    Cocos (Keeling) Islands\
    Colombia\
    Commonwealth of Dominica\
    Commonwealth of the Bahamas\
    Commonwealth of the Northern Mariana Islands\
    Comoros\
    Congo\
    Congo, The Democratic Republic of the\
    Cook Islands\
    Costa Rica\
    Croatia\
    Cuba\
    Cura\u{e7}ao\
    Cyprus\
    Czech Republic\
    Czechia\
    C\u{f4}te d'Ivoire\
    Democratic People's Republic of Korea\
    Democratic Republic of Sao Tome and Principe\
    Democratic Republic of Timor-Leste\
    Democratic Socialist Republic of Sri Lanka\
    Denmark\
    Djibouti\
    Dominica\
    Dominican Republic\
    Eastern Republic of Uruguay\
    Ecuador\
    Egypt\
    El Salvador\
    Equatorial Guinea\
    Eritrea\
    Estonia\
    Eswatini\
    Ethiopia\
    Falkland Islands (Malvinas)\
    Faroe Islands\
    Federal Democratic Republic of Ethiopia\
    Federal Democratic Republic of Nepal\
    Federal Republic of Germany\
    Federal Republic of Nigeria\
    Federal Republic of Somalia\
    Federated States of Micronesia\
    Federative Republic of Brazil\
    Fiji\
    Finland\
    France\
    French Guiana\
    French Polynesia\
    French Republic\
    French Southern Territories\
    Gabon\
    Gabonese Republic\
    Gambia\
    Georgia\
    Germany\
    Ghana\
    Gibraltar\
    Grand Duchy of Luxembourg\
    Greece\
    Greenland\
    Grenada\
    Guadeloupe\
    Guam\
    Guatemala\
    Guernsey\
    Guinea\
    Guinea-Bissau\
    Guyana\
    Haiti\
    Hashemite Kingdom of Jordan\
    Heard Island and McDonald Islands\
    Hellenic Republic\
    Holy See (Vatican City State)\
    Honduras\
    Hong Kong\
    Hong Kong Special Administrative Region of China\
    Hungary\
    Iceland\
    Independent State of Papua New Guinea\
    Independent State of Samoa\
    India\
    Indonesia\
    Iran\
    Iran, Islamic Republic of\
    Iraq\
    Ireland\
    Islamic Republic of Afghanistan\
    Islamic Republic of Iran\
    Islamic Republic of Mauritania\
    Islamic Republic of Pakistan\
    Isle of Man\
    Israel\
    Italian Republic\
    Italy\
    Jamaica\
    Japan\
    Jersey\
    Jordan\
    Kazakhstan\
    Kenya\
    Kingdom of Bahrain\
    Kingdom of Belgium\
    Kingdom of Bhutan\
    Kingdom of Cambodia\
    Kingdom of Denmark\
    Kingdom of Eswatini\
    Kingdom of Lesotho\
    Kingdom of Morocco\
    Kingdom of Norway\
    Kingdom of Saudi Arabia\
    Kingdom of Spain\
    Kingdom of Sweden\
    Kingdom of Thailand\
    Kingdom of the Netherlands\
    Kingdom of Tonga\
    Kiribati\
    Korea, Democratic People's Republic of\
    Korea, Republic of\
    Kuwait\
    Kyrgyz Republic\
    Kyrgyzstan\
    Lao People's Democratic Republic\
    Laos\
    Latvia\
    Lebanese Republic\
    Lebanon\
    Lesotho\
    Liberia\
    Libya\
    Liechtenstein\
    Lithuania\
    Luxembourg\
    Macao\
    Macao Special Administrative Region of China\
    Madagascar\
    Malawi\
    Malaysia\
    Maldives\
    Mali\
    Malta\
    Marshall Islands\
    Martinique\
    Mauritania\
    Mauritius\
    Mayotte\
    Mexico\
    Micronesia, Federated States of\
    Moldova\
    Moldova, Republic of\
    Monaco\
    Mongolia\
    Montenegro\
    Montserrat\
    Morocco\
    Mozambique\
    Myanmar\
    Namibia\
    Nauru\
    Nepal\
    Netherlands\
    New Caledonia\
    New Zealand\
    Nicaragua\
    Niger\
    Nigeria\
    Niue\
    Norfolk Island\
    North Korea\
    North Macedonia\
    Northern Mariana Islands\
    Norway\
    Oman\
    Pakistan\
    Palau\
    Palestine, State of\
    Panama\
    Papua New Guinea\
    Paraguay\
    People's Democratic Republic of Algeria\
    People's Republic of Bangladesh\
    People's Republic of China\
    Peru\
    Philippines\
    Pitcairn\
    Plurinational State of Bolivia\
    Poland\
    Portugal\
    Portuguese Republic\
    Principality of Andorra\
    Principality of Liechtenstein\
    Principality of Monaco\
    Puerto Rico\
    Qatar\
    Republic of Albania\
    Republic of Angola\
    Republic of Armenia\
    Republic of Austria\
    Republic of Azerbaijan\
    Republic of Belarus\
    Republic of Benin\
    Republic of Bosnia and Herzegovina\
    Republic of Botswana\
    Republic of Bulgaria\
    Republic of Burundi\
    Republic of Cabo Verde\
    Republic of Cameroon\
    Republic of Chad\
    Republic of Chile\
    Republic of Colombia\
    Republic of Costa Rica\
    Republic of Croatia\
    Republic of Cuba\
    Republic of Cyprus\
    Republic of C\u{f4}te d'Ivoire\
    Republic of Djibouti\
    Republic of Ecuador\
    Republic of El Salvador\
    Republic of Equatorial Guinea\
    Republic of Estonia\
    Republic of Fiji\
    Republic of Finland\
    Republic of Ghana\
    Republic of Guatemala\
    Republic of Guinea\
    Republic of Guinea-Bissau\
    Republic of Guyana\
    Republic of Haiti\
    Republic of Honduras\
    Republic of Iceland\
    Republic of India\
    Republic of Indonesia\
    Republic of Iraq\
    Republic of Kazakhstan\
    Republic of Kenya\
    Republic of Kiribati\
    Republic of Latvia\
    Republic of Liberia\
    Republic of Lithuania\
    Republic of Madagascar\
    Republic of Malawi\
    Republic of Maldives\
    Republic of Mali\
    Republic of Malta\
    Republic of Mauritius\
    Republic of Moldova\
    Republic of Mozambique\
    Republic of Myanmar\
    Republic of Namibia\
    Republic of Nauru\
    Republic of Nicaragua\
    Republic of North Macedonia\
    Republic of Palau\
    Republic of Panama\
    Republic of Paraguay\
    Republic of Peru\
    Republic of Poland\
    Republic of San Marino\
    Republic of Senegal\
    Republic of Serbia\
    Republic of Seychelles\
    Republic of Sierra Leone\
    Republic of Singapore\
    Republic of Slovenia\
    Republic of South Africa\
    Republic of South Sudan\
    Republic of Suriname\
    Republic of Tajikistan\
    Republic of the Congo\
    Republic of the Gambia\
    Republic of the Marshall Islands\
    Republic of the Niger\
    Republic of the Philippines\
    Republic of the Sudan\
    Republic of Trinidad and Tobago\
    Republic of Tunisia\
    Republic of T\u{fc}rkiye\
    Republic of Uganda\
    Republic of Uzbekistan\
    Republic of Vanuatu\
    Republic of Yemen\
    Republic of Zambia\
    Republic of Zimbabwe\
    Romania\
    Russian Federation\
    Rwanda\
    Rwandese Republic\
    R\u{e9}union\
    Saint Barth\u{e9}lemy\
    Saint Helena, Ascension and Tristan da Cunha\
    Saint Kitts and Nevis\
    Saint Lucia\
    Saint Martin (French part)\
    Saint Pierre and Miquelon\
    Saint Vincent and the Grenadines\
    Samoa\
    San Marino\
    Sao Tome and Principe\
    Saudi Arabia\
    Senegal\
    Serbia\
    Seychelles\
    Sierra Leone\
    Singapore\
    Sint Maarten (Dutch part)\
    Slovak Republic\
    Slovakia\
    Slovenia\
    Socialist Republic of Viet Nam\
    Solomon Islands\
    Somalia\
    South Africa\
    South Georgia and the South Sandwich Islands\
    South Korea\
    South Sudan\
    Spain\
    Sri Lanka\
    State of Israel\
    State of Kuwait\
    State of Qatar\
    Sudan\
    Sultanate of Oman\
    Suriname\
    Svalbard and Jan Mayen\
    Sweden\
    Swiss Confederation\
    Switzerland\
    Syria\
    Syrian Arab Republic\
    Taiwan\
    Taiwan, Province of China\
    Tajikistan\
    Tanzania\
    Tanzania, United Republic of\
    Thailand\
    the State of Eritrea\
    the State of Palestine\
    Timor-Leste\
    Togo\
    Togolese Republic\
    Tokelau\
    Tonga\
    Trinidad and Tobago\
    Tunisia\
    Turkmenistan\
    Turks and Caicos Islands\
    Tuvalu\
    T\u{fc}rkiye\
    Uganda\
    Ukraine\
    Union of the Comoros\
    United Arab Emirates\
    United Kingdom\
    United Kingdom of Great Britain and Northern Ireland\
    United Mexican States\
    United Republic of Tanzania\
    United States\
    United States Minor Outlying Islands\
    United States of America\
    Uruguay\
    Uzbekistan\
    Vanuatu\
    Venezuela\
    Venezuela, Bolivarian Republic of\
    Viet Nam\
    Vietnam\
    Virgin Islands of the United States\
    Virgin Islands, British\
    Virgin Islands, U.S.\
    Wallis and Futuna\
    Western Sahara\
    Yemen\
    Zambia\
    Zimbabwe\
    \u{c5}land Islands\
";

/// Where each spelling starts in `NAMES`, and its end.
#[rustfmt::skip]
pub(super) static NAME_STARTS: [u16; 426] = [
    0, 11, 18, 25, 39, 46, 52, 60, 70, 89, 111, 120, 138, 145, 150, 159,
    166, 176, 183, 190, 200, 208, 215, 222, 228, 233, 240, 246, 278, 285, 316, 348,
    370, 378, 391, 397, 427, 449, 466, 474, 486, 493, 503, 511, 519, 525, 539, 563,
    567, 572, 577, 593, 616, 624, 648, 675, 719, 726, 731, 768, 780, 790, 797, 801,
    809, 815, 829, 836, 850, 887, 931, 965, 1007, 1014, 1022, 1030, 1048, 1075, 1082, 1087,
    1098, 1115, 1122, 1129, 1137, 1145, 1172, 1185, 1224, 1260, 1287, 1314, 1341, 1371, 1400, 1404,
    1411, 1417, 1430, 1446, 1461, 1488, 1493, 1510, 1516, 1523, 1530, 1535, 1544, 1569, 1575, 1584,
    1591, 1601, 1605, 1614, 1622, 1628, 1641, 1647, 1652, 1679, 1712, 1729, 1758, 1766, 1775, 1823,
    1830, 1837, 1874, 1900, 1905, 1914, 1918, 1943, 1947, 1954, 1985, 2009, 2039, 2067, 2078, 2084,
    2100, 2105, 2112, 2117, 2123, 2129, 2139, 2144, 2162, 2180, 2197, 2216, 2234, 2253, 2271, 2289,
    2306, 2329, 2345, 2362, 2381, 2407, 2423, 2431, 2469, 2487, 2493, 2508, 2518, 2550, 2554, 2560,
    2577, 2584, 2591, 2598, 2603, 2616, 2625, 2635, 2640, 2684, 2694, 2700, 2708, 2716, 2720, 2725,
    2741, 2751, 2761, 2770, 2777, 2783, 2814, 2821, 2841, 2847, 2855, 2865, 2875, 2882, 2892, 2899,
    2906, 2911, 2916, 2927, 2940, 2951, 2960, 2965, 2972, 2976, 2990, 3001, 3016, 3040, 3046, 3050,
    3058, 3063, 3082, 3088, 3104, 3112, 3151, 3182, 3208, 3212, 3223, 3231, 3261, 3267, 3275, 3294,
    3317, 3346, 3368, 3379, 3384, 3403, 3421, 3440, 3459, 3481, 3500, 3517, 3551, 3571, 3591, 3610,
    3632, 3652, 3668, 3685, 3705, 3727, 3746, 3762, 3780, 3806, 3826, 3845, 3868, 3897, 3916, 3932,
    3951, 3968, 3989, 4007, 4032, 4050, 4067, 4087, 4106, 4123, 4144, 4160, 4182, 4199, 4219, 4237,
    4256, 4277, 4299, 4317, 4337, 4353, 4370, 4391, 4410, 4432, 4451, 4470, 4487, 4508, 4535, 4552,
    4570, 4590, 4606, 4624, 4646, 4665, 4683, 4705, 4729, 4750, 4770, 4794, 4817, 4837, 4859, 4880,
    4902, 4934, 4955, 4982, 5003, 5034, 5053, 5073, 5091, 5113, 5132, 5149, 5167, 5187, 5194, 5212,
    5218, 5235, 5243, 5260, 5304, 5325, 5336, 5362, 5387, 5419, 5424, 5434, 5455, 5467, 5474, 5480,
    5490, 5502, 5511, 5536, 5551, 5559, 5567, 5597, 5612, 5619, 5631, 5675, 5686, 5697, 5702, 5711,
    5726, 5741, 5755, 5760, 5777, 5785, 5807, 5813, 5832, 5843, 5848, 5868, 5874, 5899, 5909, 5917,
    5945, 5953, 5973, 5995, 6006, 6010, 6027, 6034, 6039, 6058, 6065, 6077, 6101, 6107, 6115, 6121,
    6128, 6148, 6168, 6182, 6234, 6255, 6282, 6295, 6331, 6355, 6362, 6372, 6379, 6388, 6421, 6429,
    6436, 6471, 6494, 6514, 6531, 6545, 6550, 6556, 6564, 6578,
];

/// The country each spelling names.
#[rustfmt::skip]
pub(super) static NAME_COUNTRY: [u8; 425] = [
    2, 5, 61, 10, 0, 7, 4, 8, 3, 64, 9, 9, 6, 13, 12, 11,
    15, 31, 22, 18, 17, 35, 19, 36, 24, 26, 32, 237, 28, 28, 29, 16,
    34, 33, 30, 105, 238, 27, 21, 20, 23, 51, 116, 46, 37, 123, 40, 214,
    45, 47, 53, 38, 48, 59, 31, 148, 118, 41, 39, 44, 49, 97, 50, 52,
    54, 55, 55, 43, 120, 208, 220, 129, 58, 57, 59, 60, 233, 62, 64, 209,
    87, 66, 63, 212, 68, 71, 73, 68, 167, 56, 163, 205, 72, 30, 70, 69,
    74, 79, 174, 74, 215, 75, 75, 84, 78, 56, 81, 82, 133, 88, 83, 77,
    86, 91, 90, 80, 85, 92, 93, 98, 112, 95, 88, 235, 96, 94, 94, 99,
    108, 175, 243, 104, 100, 107, 107, 106, 101, 2, 107, 150, 177, 103, 102, 109,
    109, 111, 113, 110, 112, 124, 114, 22, 19, 32, 116, 58, 212, 131, 136, 166,
    192, 67, 196, 217, 165, 223, 117, 120, 121, 122, 115, 115, 125, 125, 134, 126,
    126, 131, 130, 135, 128, 132, 133, 147, 147, 141, 155, 157, 154, 144, 152, 142,
    149, 150, 153, 245, 156, 72, 138, 138, 137, 146, 139, 151, 136, 158, 145, 159,
    168, 167, 165, 160, 170, 164, 161, 163, 169, 162, 120, 143, 148, 166, 171, 177,
    184, 182, 172, 175, 185, 61, 18, 47, 173, 176, 180, 28, 178, 183, 183, 0,
    128, 137, 181, 186, 5, 7, 6, 11, 15, 35, 24, 16, 34, 21, 23, 51,
    46, 214, 45, 48, 49, 97, 50, 54, 43, 57, 62, 209, 87, 63, 70, 69,
    81, 90, 85, 92, 93, 98, 96, 108, 104, 100, 106, 124, 114, 117, 134, 130,
    132, 141, 155, 154, 144, 152, 153, 138, 158, 145, 159, 168, 164, 143, 184, 172,
    185, 173, 178, 203, 204, 189, 194, 202, 197, 199, 246, 207, 206, 218, 41, 84,
    142, 161, 176, 195, 225, 222, 224, 230, 234, 241, 244, 247, 248, 188, 190, 191,
    191, 187, 25, 198, 119, 127, 140, 179, 236, 243, 203, 208, 192, 204, 189, 194,
    202, 197, 210, 201, 201, 199, 240, 193, 205, 246, 89, 121, 207, 67, 129, 102,
    122, 186, 195, 171, 206, 200, 196, 42, 42, 211, 211, 227, 227, 218, 228, 228,
    217, 66, 182, 220, 216, 216, 219, 223, 225, 222, 221, 213, 226, 224, 230, 229,
    118, 1, 76, 76, 156, 228, 232, 231, 232, 233, 234, 241, 237, 237, 240, 240,
    239, 238, 239, 242, 65, 244, 247, 248, 14,
];

/// The spelling that is each country's short name (pycountry `name`).
#[rustfmt::skip]
pub(super) static SHORT_NAME: [u16; 249] = [
    4, 401, 0, 8, 6, 1, 12, 5, 7, 10, 3, 15, 14, 13, 424, 16,
    31, 20, 19, 22, 39, 38, 18, 40, 24, 338, 25, 37, 29, 30, 34, 17,
    26, 33, 32, 21, 23, 44, 51, 58, 46, 57, 376, 67, 59, 48, 43, 49,
    52, 60, 62, 41, 63, 50, 64, 66, 105, 73, 72, 74, 75, 2, 77, 82,
    78, 420, 81, 365, 84, 95, 94, 85, 197, 86, 96, 101, 402, 111, 104, 97,
    115, 106, 107, 110, 103, 116, 112, 80, 109, 362, 114, 113, 117, 118, 125, 121,
    124, 61, 119, 127, 132, 136, 142, 141, 131, 35, 135, 134, 128, 144, 147, 145,
    148, 146, 150, 171, 42, 166, 56, 340, 167, 168, 169, 45, 149, 172, 176, 341,
    180, 366, 178, 177, 181, 182, 174, 179, 204, 200, 199, 202, 342, 185, 191, 219,
    189, 206, 201, 183, 220, 192, 193, 203, 190, 194, 188, 186, 196, 187, 205, 207,
    211, 214, 217, 215, 213, 210, 221, 209, 208, 216, 212, 222, 226, 232, 98, 227,
    233, 223, 236, 343, 234, 242, 225, 237, 224, 228, 243, 337, 333, 350, 334, 335,
    348, 359, 351, 370, 374, 353, 339, 357, 373, 356, 352, 346, 349, 360, 372, 364,
    347, 79, 354, 378, 83, 395, 47, 100, 388, 384, 381, 390, 387, 394, 393, 391,
    397, 392, 396, 380, 383, 399, 398, 407, 406, 409, 410, 123, 344, 413, 417, 418,
    414, 411, 419, 345, 421, 195, 361, 422, 423,
];

/// The table as records, straight from the source, for the tests.
#[cfg(test)]
pub(super) mod lists {
    /// `(alpha-2, alpha-3, numeric, name)` of every country, in country order.
    #[rustfmt::skip]
    pub(in crate::country) static RECORDS: [(&str, &str, u16, &str); 249] = [
        ("AD", "AND", 20, "Andorra"),
        ("AE", "ARE", 784, "United Arab Emirates"),
        ("AF", "AFG", 4, "Afghanistan"),
        ("AG", "ATG", 28, "Antigua and Barbuda"),
        ("AI", "AIA", 660, "Anguilla"),
        ("AL", "ALB", 8, "Albania"),
        ("AM", "ARM", 51, "Armenia"),
        ("AO", "AGO", 24, "Angola"),
        ("AQ", "ATA", 10, "Antarctica"),
        ("AR", "ARG", 32, "Argentina"),
        ("AS", "ASM", 16, "American Samoa"),
        ("AT", "AUT", 40, "Austria"),
        ("AU", "AUS", 36, "Australia"),
        ("AW", "ABW", 533, "Aruba"),
        ("AX", "ALA", 248, "\u{c5}land Islands"),
        ("AZ", "AZE", 31, "Azerbaijan"),
        ("BA", "BIH", 70, "Bosnia and Herzegovina"),
        ("BB", "BRB", 52, "Barbados"),
        ("BD", "BGD", 50, "Bangladesh"),
        ("BE", "BEL", 56, "Belgium"),
        ("BF", "BFA", 854, "Burkina Faso"),
        ("BG", "BGR", 100, "Bulgaria"),
        ("BH", "BHR", 48, "Bahrain"),
        ("BI", "BDI", 108, "Burundi"),
        ("BJ", "BEN", 204, "Benin"),
        ("BL", "BLM", 652, "Saint Barth\u{e9}lemy"),
        ("BM", "BMU", 60, "Bermuda"),
        ("BN", "BRN", 96, "Brunei Darussalam"),
        ("BO", "BOL", 68, "Bolivia, Plurinational State of"),
        ("BQ", "BES", 535, "Bonaire, Sint Eustatius and Saba"),
        ("BR", "BRA", 76, "Brazil"),
        ("BS", "BHS", 44, "Bahamas"),
        ("BT", "BTN", 64, "Bhutan"),
        ("BV", "BVT", 74, "Bouvet Island"),
        ("BW", "BWA", 72, "Botswana"),
        ("BY", "BLR", 112, "Belarus"),
        ("BZ", "BLZ", 84, "Belize"),
        ("CA", "CAN", 124, "Canada"),
        ("CC", "CCK", 166, "Cocos (Keeling) Islands"),
        ("CD", "COD", 180, "Congo, The Democratic Republic of the"),
        ("CF", "CAF", 140, "Central African Republic"),
        ("CG", "COG", 178, "Congo"),
        ("CH", "CHE", 756, "Switzerland"),
        ("CI", "CIV", 384, "C\u{f4}te d'Ivoire"),
        ("CK", "COK", 184, "Cook Islands"),
        ("CL", "CHL", 152, "Chile"),
        ("CM", "CMR", 120, "Cameroon"),
        ("CN", "CHN", 156, "China"),
        ("CO", "COL", 170, "Colombia"),
        ("CR", "CRI", 188, "Costa Rica"),
        ("CU", "CUB", 192, "Cuba"),
        ("CV", "CPV", 132, "Cabo Verde"),
        ("CW", "CUW", 531, "Cura\u{e7}ao"),
        ("CX", "CXR", 162, "Christmas Island"),
        ("CY", "CYP", 196, "Cyprus"),
        ("CZ", "CZE", 203, "Czechia"),
        ("DE", "DEU", 276, "Germany"),
        ("DJ", "DJI", 262, "Djibouti"),
        ("DK", "DNK", 208, "Denmark"),
        ("DM", "DMA", 212, "Dominica"),
        ("DO", "DOM", 214, "Dominican Republic"),
        ("DZ", "DZA", 12, "Algeria"),
        ("EC", "ECU", 218, "Ecuador"),
        ("EE", "EST", 233, "Estonia"),
        ("EG", "EGY", 818, "Egypt"),
        ("EH", "ESH", 732, "Western Sahara"),
        ("ER", "ERI", 232, "Eritrea"),
        ("ES", "ESP", 724, "Spain"),
        ("ET", "ETH", 231, "Ethiopia"),
        ("FI", "FIN", 246, "Finland"),
        ("FJ", "FJI", 242, "Fiji"),
        ("FK", "FLK", 238, "Falkland Islands (Malvinas)"),
        ("FM", "FSM", 583, "Micronesia, Federated States of"),
        ("FO", "FRO", 234, "Faroe Islands"),
        ("FR", "FRA", 250, "France"),
        ("GA", "GAB", 266, "Gabon"),
        ("GB", "GBR", 826, "United Kingdom"),
        ("GD", "GRD", 308, "Grenada"),
        ("GE", "GEO", 268, "Georgia"),
        ("GF", "GUF", 254, "French Guiana"),
        ("GG", "GGY", 831, "Guernsey"),
        ("GH", "GHA", 288, "Ghana"),
        ("GI", "GIB", 292, "Gibraltar"),
        ("GL", "GRL", 304, "Greenland"),
        ("GM", "GMB", 270, "Gambia"),
        ("GN", "GIN", 324, "Guinea"),
        ("GP", "GLP", 312, "Guadeloupe"),
        ("GQ", "GNQ", 226, "Equatorial Guinea"),
        ("GR", "GRC", 300, "Greece"),
        ("GS", "SGS", 239, "South Georgia and the South Sandwich Islands"),
        ("GT", "GTM", 320, "Guatemala"),
        ("GU", "GUM", 316, "Guam"),
        ("GW", "GNB", 624, "Guinea-Bissau"),
        ("GY", "GUY", 328, "Guyana"),
        ("HK", "HKG", 344, "Hong Kong"),
        ("HM", "HMD", 334, "Heard Island and McDonald Islands"),
        ("HN", "HND", 340, "Honduras"),
        ("HR", "HRV", 191, "Croatia"),
        ("HT", "HTI", 332, "Haiti"),
        ("HU", "HUN", 348, "Hungary"),
        ("ID", "IDN", 360, "Indonesia"),
        ("IE", "IRL", 372, "Ireland"),
        ("IL", "ISR", 376, "Israel"),
        ("IM", "IMN", 833, "Isle of Man"),
        ("IN", "IND", 356, "India"),
        ("IO", "IOT", 86, "British Indian Ocean Territory"),
        ("IQ", "IRQ", 368, "Iraq"),
        ("IR", "IRN", 364, "Iran, Islamic Republic of"),
        ("IS", "ISL", 352, "Iceland"),
        ("IT", "ITA", 380, "Italy"),
        ("JE", "JEY", 832, "Jersey"),
        ("JM", "JAM", 388, "Jamaica"),
        ("JO", "JOR", 400, "Jordan"),
        ("JP", "JPN", 392, "Japan"),
        ("KE", "KEN", 404, "Kenya"),
        ("KG", "KGZ", 417, "Kyrgyzstan"),
        ("KH", "KHM", 116, "Cambodia"),
        ("KI", "KIR", 296, "Kiribati"),
        ("KM", "COM", 174, "Comoros"),
        ("KN", "KNA", 659, "Saint Kitts and Nevis"),
        ("KP", "PRK", 408, "Korea, Democratic People's Republic of"),
        ("KR", "KOR", 410, "Korea, Republic of"),
        ("KW", "KWT", 414, "Kuwait"),
        ("KY", "CYM", 136, "Cayman Islands"),
        ("KZ", "KAZ", 398, "Kazakhstan"),
        ("LA", "LAO", 418, "Lao People's Democratic Republic"),
        ("LB", "LBN", 422, "Lebanon"),
        ("LC", "LCA", 662, "Saint Lucia"),
        ("LI", "LIE", 438, "Liechtenstein"),
        ("LK", "LKA", 144, "Sri Lanka"),
        ("LR", "LBR", 430, "Liberia"),
        ("LS", "LSO", 426, "Lesotho"),
        ("LT", "LTU", 440, "Lithuania"),
        ("LU", "LUX", 442, "Luxembourg"),
        ("LV", "LVA", 428, "Latvia"),
        ("LY", "LBY", 434, "Libya"),
        ("MA", "MAR", 504, "Morocco"),
        ("MC", "MCO", 492, "Monaco"),
        ("MD", "MDA", 498, "Moldova, Republic of"),
        ("ME", "MNE", 499, "Montenegro"),
        ("MF", "MAF", 663, "Saint Martin (French part)"),
        ("MG", "MDG", 450, "Madagascar"),
        ("MH", "MHL", 584, "Marshall Islands"),
        ("MK", "MKD", 807, "North Macedonia"),
        ("ML", "MLI", 466, "Mali"),
        ("MM", "MMR", 104, "Myanmar"),
        ("MN", "MNG", 496, "Mongolia"),
        ("MO", "MAC", 446, "Macao"),
        ("MP", "MNP", 580, "Northern Mariana Islands"),
        ("MQ", "MTQ", 474, "Martinique"),
        ("MR", "MRT", 478, "Mauritania"),
        ("MS", "MSR", 500, "Montserrat"),
        ("MT", "MLT", 470, "Malta"),
        ("MU", "MUS", 480, "Mauritius"),
        ("MV", "MDV", 462, "Maldives"),
        ("MW", "MWI", 454, "Malawi"),
        ("MX", "MEX", 484, "Mexico"),
        ("MY", "MYS", 458, "Malaysia"),
        ("MZ", "MOZ", 508, "Mozambique"),
        ("NA", "NAM", 516, "Namibia"),
        ("NC", "NCL", 540, "New Caledonia"),
        ("NE", "NER", 562, "Niger"),
        ("NF", "NFK", 574, "Norfolk Island"),
        ("NG", "NGA", 566, "Nigeria"),
        ("NI", "NIC", 558, "Nicaragua"),
        ("NL", "NLD", 528, "Netherlands"),
        ("NO", "NOR", 578, "Norway"),
        ("NP", "NPL", 524, "Nepal"),
        ("NR", "NRU", 520, "Nauru"),
        ("NU", "NIU", 570, "Niue"),
        ("NZ", "NZL", 554, "New Zealand"),
        ("OM", "OMN", 512, "Oman"),
        ("PA", "PAN", 591, "Panama"),
        ("PE", "PER", 604, "Peru"),
        ("PF", "PYF", 258, "French Polynesia"),
        ("PG", "PNG", 598, "Papua New Guinea"),
        ("PH", "PHL", 608, "Philippines"),
        ("PK", "PAK", 586, "Pakistan"),
        ("PL", "POL", 616, "Poland"),
        ("PM", "SPM", 666, "Saint Pierre and Miquelon"),
        ("PN", "PCN", 612, "Pitcairn"),
        ("PR", "PRI", 630, "Puerto Rico"),
        ("PS", "PSE", 275, "Palestine, State of"),
        ("PT", "PRT", 620, "Portugal"),
        ("PW", "PLW", 585, "Palau"),
        ("PY", "PRY", 600, "Paraguay"),
        ("QA", "QAT", 634, "Qatar"),
        ("RE", "REU", 638, "R\u{e9}union"),
        ("RO", "ROU", 642, "Romania"),
        ("RS", "SRB", 688, "Serbia"),
        ("RU", "RUS", 643, "Russian Federation"),
        ("RW", "RWA", 646, "Rwanda"),
        ("SA", "SAU", 682, "Saudi Arabia"),
        ("SB", "SLB", 90, "Solomon Islands"),
        ("SC", "SYC", 690, "Seychelles"),
        ("SD", "SDN", 729, "Sudan"),
        ("SE", "SWE", 752, "Sweden"),
        ("SG", "SGP", 702, "Singapore"),
        ("SH", "SHN", 654, "Saint Helena, Ascension and Tristan da Cunha"),
        ("SI", "SVN", 705, "Slovenia"),
        ("SJ", "SJM", 744, "Svalbard and Jan Mayen"),
        ("SK", "SVK", 703, "Slovakia"),
        ("SL", "SLE", 694, "Sierra Leone"),
        ("SM", "SMR", 674, "San Marino"),
        ("SN", "SEN", 686, "Senegal"),
        ("SO", "SOM", 706, "Somalia"),
        ("SR", "SUR", 740, "Suriname"),
        ("SS", "SSD", 728, "South Sudan"),
        ("ST", "STP", 678, "Sao Tome and Principe"),
        ("SV", "SLV", 222, "El Salvador"),
        ("SX", "SXM", 534, "Sint Maarten (Dutch part)"),
        ("SY", "SYR", 760, "Syrian Arab Republic"),
        ("SZ", "SWZ", 748, "Eswatini"),
        ("TC", "TCA", 796, "Turks and Caicos Islands"),
        ("TD", "TCD", 148, "Chad"),
        ("TF", "ATF", 260, "French Southern Territories"),
        ("TG", "TGO", 768, "Togo"),
        ("TH", "THA", 764, "Thailand"),
        ("TJ", "TJK", 762, "Tajikistan"),
        ("TK", "TKL", 772, "Tokelau"),
        ("TL", "TLS", 626, "Timor-Leste"),
        ("TM", "TKM", 795, "Turkmenistan"),
        ("TN", "TUN", 788, "Tunisia"),
        ("TO", "TON", 776, "Tonga"),
        ("TR", "TUR", 792, "T\u{fc}rkiye"),
        ("TT", "TTO", 780, "Trinidad and Tobago"),
        ("TV", "TUV", 798, "Tuvalu"),
        ("TW", "TWN", 158, "Taiwan, Province of China"),
        ("TZ", "TZA", 834, "Tanzania, United Republic of"),
        ("UA", "UKR", 804, "Ukraine"),
        ("UG", "UGA", 800, "Uganda"),
        ("UM", "UMI", 581, "United States Minor Outlying Islands"),
        ("US", "USA", 840, "United States"),
        ("UY", "URY", 858, "Uruguay"),
        ("UZ", "UZB", 860, "Uzbekistan"),
        ("VA", "VAT", 336, "Holy See (Vatican City State)"),
        ("VC", "VCT", 670, "Saint Vincent and the Grenadines"),
        ("VE", "VEN", 862, "Venezuela, Bolivarian Republic of"),
        ("VG", "VGB", 92, "Virgin Islands, British"),
        ("VI", "VIR", 850, "Virgin Islands, U.S."),
        ("VN", "VNM", 704, "Viet Nam"),
        ("VU", "VUT", 548, "Vanuatu"),
        ("WF", "WLF", 876, "Wallis and Futuna"),
        ("WS", "WSM", 882, "Samoa"),
        ("YE", "YEM", 887, "Yemen"),
        ("YT", "MYT", 175, "Mayotte"),
        ("ZA", "ZAF", 710, "South Africa"),
        ("ZM", "ZMB", 894, "Zambia"),
        ("ZW", "ZWE", 716, "Zimbabwe"),
    ];

    /// Every spelling lower-cased (Python `str.lower`) with its country, sorted.
    #[rustfmt::skip]
    pub(in crate::country) static SPELLINGS: [(&str, u8); 425] = [
        ("afghanistan", 2),
        ("albania", 5),
        ("algeria", 61),
        ("american samoa", 10),
        ("andorra", 0),
        ("angola", 7),
        ("anguilla", 4),
        ("antarctica", 8),
        ("antigua and barbuda", 3),
        ("arab republic of egypt", 64),
        ("argentina", 9),
        ("argentine republic", 9),
        ("armenia", 6),
        ("aruba", 13),
        ("australia", 12),
        ("austria", 11),
        ("azerbaijan", 15),
        ("bahamas", 31),
        ("bahrain", 22),
        ("bangladesh", 18),
        ("barbados", 17),
        ("belarus", 35),
        ("belgium", 19),
        ("belize", 36),
        ("benin", 24),
        ("bermuda", 26),
        ("bhutan", 32),
        ("bolivarian republic of venezuela", 237),
        ("bolivia", 28),
        ("bolivia, plurinational state of", 28),
        ("bonaire, sint eustatius and saba", 29),
        ("bosnia and herzegovina", 16),
        ("botswana", 34),
        ("bouvet island", 33),
        ("brazil", 30),
        ("british indian ocean territory", 105),
        ("british virgin islands", 238),
        ("brunei darussalam", 27),
        ("bulgaria", 21),
        ("burkina faso", 20),
        ("burundi", 23),
        ("cabo verde", 51),
        ("cambodia", 116),
        ("cameroon", 46),
        ("canada", 37),
        ("cayman islands", 123),
        ("central african republic", 40),
        ("chad", 214),
        ("chile", 45),
        ("china", 47),
        ("christmas island", 53),
        ("cocos (keeling) islands", 38),
        ("colombia", 48),
        ("commonwealth of dominica", 59),
        ("commonwealth of the bahamas", 31),
        ("commonwealth of the northern mariana islands", 148),
        ("comoros", 118),
        ("congo", 41),
        ("congo, the democratic republic of the", 39),
        ("cook islands", 44),
        ("costa rica", 49),
        ("croatia", 97),
        ("cuba", 50),
        ("cura\u{e7}ao", 52),
        ("cyprus", 54),
        ("czech republic", 55),
        ("czechia", 55),
        ("c\u{f4}te d'ivoire", 43),
        ("democratic people's republic of korea", 120),
        ("democratic republic of sao tome and principe", 208),
        ("democratic republic of timor-leste", 220),
        ("democratic socialist republic of sri lanka", 129),
        ("denmark", 58),
        ("djibouti", 57),
        ("dominica", 59),
        ("dominican republic", 60),
        ("eastern republic of uruguay", 233),
        ("ecuador", 62),
        ("egypt", 64),
        ("el salvador", 209),
        ("equatorial guinea", 87),
        ("eritrea", 66),
        ("estonia", 63),
        ("eswatini", 212),
        ("ethiopia", 68),
        ("falkland islands (malvinas)", 71),
        ("faroe islands", 73),
        ("federal democratic republic of ethiopia", 68),
        ("federal democratic republic of nepal", 167),
        ("federal republic of germany", 56),
        ("federal republic of nigeria", 163),
        ("federal republic of somalia", 205),
        ("federated states of micronesia", 72),
        ("federative republic of brazil", 30),
        ("fiji", 70),
        ("finland", 69),
        ("france", 74),
        ("french guiana", 79),
        ("french polynesia", 174),
        ("french republic", 74),
        ("french southern territories", 215),
        ("gabon", 75),
        ("gabonese republic", 75),
        ("gambia", 84),
        ("georgia", 78),
        ("germany", 56),
        ("ghana", 81),
        ("gibraltar", 82),
        ("grand duchy of luxembourg", 133),
        ("greece", 88),
        ("greenland", 83),
        ("grenada", 77),
        ("guadeloupe", 86),
        ("guam", 91),
        ("guatemala", 90),
        ("guernsey", 80),
        ("guinea", 85),
        ("guinea-bissau", 92),
        ("guyana", 93),
        ("haiti", 98),
        ("hashemite kingdom of jordan", 112),
        ("heard island and mcdonald islands", 95),
        ("hellenic republic", 88),
        ("holy see (vatican city state)", 235),
        ("honduras", 96),
        ("hong kong", 94),
        ("hong kong special administrative region of china", 94),
        ("hungary", 99),
        ("iceland", 108),
        ("independent state of papua new guinea", 175),
        ("independent state of samoa", 243),
        ("india", 104),
        ("indonesia", 100),
        ("iran", 107),
        ("iran, islamic republic of", 107),
        ("iraq", 106),
        ("ireland", 101),
        ("islamic republic of afghanistan", 2),
        ("islamic republic of iran", 107),
        ("islamic republic of mauritania", 150),
        ("islamic republic of pakistan", 177),
        ("isle of man", 103),
        ("israel", 102),
        ("italian republic", 109),
        ("italy", 109),
        ("jamaica", 111),
        ("japan", 113),
        ("jersey", 110),
        ("jordan", 112),
        ("kazakhstan", 124),
        ("kenya", 114),
        ("kingdom of bahrain", 22),
        ("kingdom of belgium", 19),
        ("kingdom of bhutan", 32),
        ("kingdom of cambodia", 116),
        ("kingdom of denmark", 58),
        ("kingdom of eswatini", 212),
        ("kingdom of lesotho", 131),
        ("kingdom of morocco", 136),
        ("kingdom of norway", 166),
        ("kingdom of saudi arabia", 192),
        ("kingdom of spain", 67),
        ("kingdom of sweden", 196),
        ("kingdom of thailand", 217),
        ("kingdom of the netherlands", 165),
        ("kingdom of tonga", 223),
        ("kiribati", 117),
        ("korea, democratic people's republic of", 120),
        ("korea, republic of", 121),
        ("kuwait", 122),
        ("kyrgyz republic", 115),
        ("kyrgyzstan", 115),
        ("lao people's democratic republic", 125),
        ("laos", 125),
        ("latvia", 134),
        ("lebanese republic", 126),
        ("lebanon", 126),
        ("lesotho", 131),
        ("liberia", 130),
        ("libya", 135),
        ("liechtenstein", 128),
        ("lithuania", 132),
        ("luxembourg", 133),
        ("macao", 147),
        ("macao special administrative region of china", 147),
        ("madagascar", 141),
        ("malawi", 155),
        ("malaysia", 157),
        ("maldives", 154),
        ("mali", 144),
        ("malta", 152),
        ("marshall islands", 142),
        ("martinique", 149),
        ("mauritania", 150),
        ("mauritius", 153),
        ("mayotte", 245),
        ("mexico", 156),
        ("micronesia, federated states of", 72),
        ("moldova", 138),
        ("moldova, republic of", 138),
        ("monaco", 137),
        ("mongolia", 146),
        ("montenegro", 139),
        ("montserrat", 151),
        ("morocco", 136),
        ("mozambique", 158),
        ("myanmar", 145),
        ("namibia", 159),
        ("nauru", 168),
        ("nepal", 167),
        ("netherlands", 165),
        ("new caledonia", 160),
        ("new zealand", 170),
        ("nicaragua", 164),
        ("niger", 161),
        ("nigeria", 163),
        ("niue", 169),
        ("norfolk island", 162),
        ("north korea", 120),
        ("north macedonia", 143),
        ("northern mariana islands", 148),
        ("norway", 166),
        ("oman", 171),
        ("pakistan", 177),
        ("palau", 184),
        ("palestine, state of", 182),
        ("panama", 172),
        ("papua new guinea", 175),
        ("paraguay", 185),
        ("people's democratic republic of algeria", 61),
        ("people's republic of bangladesh", 18),
        ("people's republic of china", 47),
        ("peru", 173),
        ("philippines", 176),
        ("pitcairn", 180),
        ("plurinational state of bolivia", 28),
        ("poland", 178),
        ("portugal", 183),
        ("portuguese republic", 183),
        ("principality of andorra", 0),
        ("principality of liechtenstein", 128),
        ("principality of monaco", 137),
        ("puerto rico", 181),
        ("qatar", 186),
        ("republic of albania", 5),
        ("republic of angola", 7),
        ("republic of armenia", 6),
        ("republic of austria", 11),
        ("republic of azerbaijan", 15),
        ("republic of belarus", 35),
        ("republic of benin", 24),
        ("republic of bosnia and herzegovina", 16),
        ("republic of botswana", 34),
        ("republic of bulgaria", 21),
        ("republic of burundi", 23),
        ("republic of cabo verde", 51),
        ("republic of cameroon", 46),
        ("republic of chad", 214),
        ("republic of chile", 45),
        ("republic of colombia", 48),
        ("republic of costa rica", 49),
        ("republic of croatia", 97),
        ("republic of cuba", 50),
        ("republic of cyprus", 54),
        ("republic of c\u{f4}te d'ivoire", 43),
        ("republic of djibouti", 57),
        ("republic of ecuador", 62),
        ("republic of el salvador", 209),
        ("republic of equatorial guinea", 87),
        ("republic of estonia", 63),
        ("republic of fiji", 70),
        ("republic of finland", 69),
        ("republic of ghana", 81),
        ("republic of guatemala", 90),
        ("republic of guinea", 85),
        ("republic of guinea-bissau", 92),
        ("republic of guyana", 93),
        ("republic of haiti", 98),
        ("republic of honduras", 96),
        ("republic of iceland", 108),
        ("republic of india", 104),
        ("republic of indonesia", 100),
        ("republic of iraq", 106),
        ("republic of kazakhstan", 124),
        ("republic of kenya", 114),
        ("republic of kiribati", 117),
        ("republic of latvia", 134),
        ("republic of liberia", 130),
        ("republic of lithuania", 132),
        ("republic of madagascar", 141),
        ("republic of malawi", 155),
        ("republic of maldives", 154),
        ("republic of mali", 144),
        ("republic of malta", 152),
        ("republic of mauritius", 153),
        ("republic of moldova", 138),
        ("republic of mozambique", 158),
        ("republic of myanmar", 145),
        ("republic of namibia", 159),
        ("republic of nauru", 168),
        ("republic of nicaragua", 164),
        ("republic of north macedonia", 143),
        ("republic of palau", 184),
        ("republic of panama", 172),
        ("republic of paraguay", 185),
        ("republic of peru", 173),
        ("republic of poland", 178),
        ("republic of san marino", 203),
        ("republic of senegal", 204),
        ("republic of serbia", 189),
        ("republic of seychelles", 194),
        ("republic of sierra leone", 202),
        ("republic of singapore", 197),
        ("republic of slovenia", 199),
        ("republic of south africa", 246),
        ("republic of south sudan", 207),
        ("republic of suriname", 206),
        ("republic of tajikistan", 218),
        ("republic of the congo", 41),
        ("republic of the gambia", 84),
        ("republic of the marshall islands", 142),
        ("republic of the niger", 161),
        ("republic of the philippines", 176),
        ("republic of the sudan", 195),
        ("republic of trinidad and tobago", 225),
        ("republic of tunisia", 222),
        ("republic of t\u{fc}rkiye", 224),
        ("republic of uganda", 230),
        ("republic of uzbekistan", 234),
        ("republic of vanuatu", 241),
        ("republic of yemen", 244),
        ("republic of zambia", 247),
        ("republic of zimbabwe", 248),
        ("romania", 188),
        ("russian federation", 190),
        ("rwanda", 191),
        ("rwandese republic", 191),
        ("r\u{e9}union", 187),
        ("saint barth\u{e9}lemy", 25),
        ("saint helena, ascension and tristan da cunha", 198),
        ("saint kitts and nevis", 119),
        ("saint lucia", 127),
        ("saint martin (french part)", 140),
        ("saint pierre and miquelon", 179),
        ("saint vincent and the grenadines", 236),
        ("samoa", 243),
        ("san marino", 203),
        ("sao tome and principe", 208),
        ("saudi arabia", 192),
        ("senegal", 204),
        ("serbia", 189),
        ("seychelles", 194),
        ("sierra leone", 202),
        ("singapore", 197),
        ("sint maarten (dutch part)", 210),
        ("slovak republic", 201),
        ("slovakia", 201),
        ("slovenia", 199),
        ("socialist republic of viet nam", 240),
        ("solomon islands", 193),
        ("somalia", 205),
        ("south africa", 246),
        ("south georgia and the south sandwich islands", 89),
        ("south korea", 121),
        ("south sudan", 207),
        ("spain", 67),
        ("sri lanka", 129),
        ("state of israel", 102),
        ("state of kuwait", 122),
        ("state of qatar", 186),
        ("sudan", 195),
        ("sultanate of oman", 171),
        ("suriname", 206),
        ("svalbard and jan mayen", 200),
        ("sweden", 196),
        ("swiss confederation", 42),
        ("switzerland", 42),
        ("syria", 211),
        ("syrian arab republic", 211),
        ("taiwan", 227),
        ("taiwan, province of china", 227),
        ("tajikistan", 218),
        ("tanzania", 228),
        ("tanzania, united republic of", 228),
        ("thailand", 217),
        ("the state of eritrea", 66),
        ("the state of palestine", 182),
        ("timor-leste", 220),
        ("togo", 216),
        ("togolese republic", 216),
        ("tokelau", 219),
        ("tonga", 223),
        ("trinidad and tobago", 225),
        ("tunisia", 222),
        ("turkmenistan", 221),
        ("turks and caicos islands", 213),
        ("tuvalu", 226),
        ("t\u{fc}rkiye", 224),
        ("uganda", 230),
        ("ukraine", 229),
        ("union of the comoros", 118),
        ("united arab emirates", 1),
        ("united kingdom", 76),
        ("united kingdom of great britain and northern ireland", 76),
        ("united mexican states", 156),
        ("united republic of tanzania", 228),
        ("united states", 232),
        ("united states minor outlying islands", 231),
        ("united states of america", 232),
        ("uruguay", 233),
        ("uzbekistan", 234),
        ("vanuatu", 241),
        ("venezuela", 237),
        ("venezuela, bolivarian republic of", 237),
        ("viet nam", 240),
        ("vietnam", 240),
        ("virgin islands of the united states", 239),
        ("virgin islands, british", 238),
        ("virgin islands, u.s.", 239),
        ("wallis and futuna", 242),
        ("western sahara", 65),
        ("yemen", 244),
        ("zambia", 247),
        ("zimbabwe", 248),
        ("\u{e5}land islands", 14),
    ];
}
