// @generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh
//
// Generator: scripts/gen_locale_tables.py
// Source: langcodes 3.5.1 (PyPI): its CLDR validity data and aliases, and the IANA
// language subtag registry it ships (File-Date 2021-08-06)
//
// Each table lists (a bitmap: marks) the subtags langcodes.tag_is_valid accepts in
// that position.

/// The data [`Locale`](crate::Locale) validates against: the langcodes version whose
/// `tag_is_valid` the tables reproduce, and the File-Date of the IANA language
/// subtag registry that langcodes ships.
///
/// # Examples
///
/// ```
/// assert_eq!(
///     contactkit::locale::DATA_VERSION,
///     "langcodes 3.5.1, IANA subtag registry 2021-08-06"
/// );
/// ```
pub const DATA_VERSION: &str = "langcodes 3.5.1, IANA subtag registry 2021-08-06";

/// Primary language subtags of 2 or 3 letters: bit `a*26 + b` for `ab`, bit
/// `676 + (a*26 + b)*26 + c` for `abc` (letters numbered from `a` = 0).
/// 8940 of 18252 bits set; bit `i` is bit `i % 64` of word `i / 64`.
#[rustfmt::skip]
pub(super) static LANGUAGE_BITS: [u64; 286] = [
    0x091019c747263433, 0x1c68108800045364, 0x4443028094090c84, 0x8004045c6559c690,
    0xc00e1850d767f411, 0x61204489a16d0e6d, 0x0010000003024040, 0x9b7447f7ddd141c0,
    0x1001044202044053, 0x4100000020000400, 0xefffdff040020400, 0xafefffbdbbffffff,
    0x87b976f573c1ff7f, 0xfff03bf70fffffff, 0xffdfff9628505cff, 0xffffffff7fffffff,
    0xfffffe9e3fffffff, 0xfffffff7e0abc4df, 0xffffffffff7fffff, 0x49fe75df0f1f46fd,
    0x1c97f9ffddf20071, 0xffffffffffffff82, 0xfffffffffff7ffff, 0xfffff7ff7fffffff,
    0xfffffffeffffffff, 0xfbfffffffffeffff, 0xffbffffdffffffff, 0xffffeffffff6ffff,
    0xffdfffff7fffffff, 0xefffffffffffffff, 0xffbdfffffdffffff, 0xffffffffffffefff,
    0xf407fadd5fdbf7ff, 0x041250c2c43c19cf, 0xffeffffc00044500, 0x788349bd64542b49,
    0xc0e7d555617e77bf, 0x85dffffeff37b371, 0xfbffffc100008653, 0xfc7c73e377ffffff,
    0x08005b0008101ffd, 0x2400050030000000, 0xefedeff7fffd0219, 0xfc1198d640200045,
    0xe6ddf000000237bd, 0xffffffef3d9e526d, 0x0d100860c41149fc, 0x75e99d65f67c7f00,
    0x00000020003efedb, 0xc01699257da77c00, 0x0007ffffff47bd62, 0x0000003560c01000,
    0x001001a16510714b, 0x0600000491110000, 0x4440000100000001, 0x5000018048010000,
    0x5500000042880000, 0x5f553243764102dd, 0x000800003cde3bfd, 0x9170400000000104,
    0x0a7982199d7dd013, 0x4010000824005000, 0x4004001020000000, 0x20039effeb000004,
    0x0000000040000000, 0x0000004400020000, 0x5aaa310000000020, 0x6042004000000000,
    0x000508108000408a, 0x0000000408631080, 0x4081043f50740400, 0x013b3bbe00000000,
    0x0000000001100800, 0xf000000000000000, 0x283cfdffffffffff, 0x3e75fef27dfffc0a,
    0xb2545a6c5b220100, 0x048d403dff9df039, 0x8db5c93f7c10e019, 0xdfffff96dff7ff33,
    0xf7c1221010008047, 0x40040444f850ffdd, 0x7f41be8d6ffffff0, 0x2797b2000000da33,
    0x0fffffff00084070, 0x0800000008105180, 0x000000000211cb41, 0x7feb408040040100,
    0xc0424910000400ca, 0x8f67ffffff060006, 0x01100036edf9f051, 0x882beb5054000000,
    0xfffffe2510400042, 0x0000040050809053, 0x000000c000110000, 0x91449e76c02a1000,
    0x00000079047c0208, 0x0844785244050cc0, 0x1885002210010204, 0x11d3754efecd1001,
    0x0000833eb7d06691, 0x4500000001140052, 0x747c1a7ddd649964, 0x0800008001000fb9,
    0x0010002010045400, 0xbf7ebf8080600804, 0x1040c0000169dc43, 0x0000001a2dd20200,
    0xdf01004000044120, 0x6d00100800413959, 0x24c6290f01000401, 0x8800446004a0102d,
    0x0068000c02000020, 0xfd8f000000000080, 0x000010000080215e, 0x0001000011000000,
    0xfffffffffffff000, 0xffffeffff7ffffff, 0xffffffffffffffff, 0xfffffffffffffffd,
    0xffffffffffffefff, 0xfdffffdfffffffff, 0xffffffffffffffff, 0xffffffffffbfefff,
    0xffffffffffffffff, 0xfffffeffffffffff, 0xffffffffffffffff, 0xc0598bcffdfddfff,
    0x8007ffffff007ff2, 0x072e6061b3dc3000, 0xb9f3022447ffffff, 0xf3ffff257fffd1e7,
    0x047fffff7951ef2f, 0xa9f5540000002018, 0x7f85187112ef9db8, 0xc58d105014077fff,
    0x0000204100040005, 0xffeffffffff800a2, 0xfffeffffffffffff, 0xfffffffffff7ffff,
    0xfdffffff7fffffff, 0xfffffffffffffff7, 0xffffffffbffffbff, 0xff7fffff7ffffffd,
    0xffffffffffffffff, 0x7efbfffdf7ffffff, 0xffffffffffffffff, 0xfffffff7ffffffff,
    0xfffff7ffffffffff, 0x27fff7ffffffffe9, 0xfd7ffffffff04820, 0xfe79ee2fff7ffffe,
    0xfffffcdfd76fff7f, 0xf7ffffffffffffff, 0xf5dd097c40651a70, 0xf5b5d63fffdffa6a,
    0x1570014203ffffff, 0xffffff24df565825, 0x400220005c50542d, 0x6010041051810697,
    0x5605100000000000, 0x0200106000001040, 0x66b67fdf19205180, 0xb9d4dfbed5706950,
    0x0421500406204837, 0xe105ff9c75400000, 0x0003113f7df46c9c, 0x0000000900000002,
    0x000400100100a000, 0xfffcfbe7dbfffdff, 0xa7dffb061841442b, 0x727142d490002047,
    0x200003fefbff1edf, 0xbfdffbffc1ee0c70, 0xffdfcfffff7fdf7f, 0xfc40101107ff447e,
    0xf86055ff9ddf7ff7, 0x30000003dfd77f5e, 0x3010000400042714, 0xfffffff000800194,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x7bdfffffffffffff,
    0x140c1095d13ee57e, 0x0000000800117fa2, 0x0002300bffffef00, 0x3b53000000800002,
    0x016241100000010e, 0x05001a3831002010, 0x0000000481183010, 0x8ff10aa127fffdff,
    0x000000020800052f, 0x2100019020210400, 0x0000031df5f61104, 0x001000020025c010,
    0xfffff00002001420, 0xdcffedf7ffffffff, 0x0404b7fffffafffb, 0xbfffff7fdeffdf11,
    0xf7ff17bf16ffffff, 0xfffffffffffff7ff, 0xf57fffffdffdffff, 0xffff7fc9f77816ff,
    0xf575ffffefffffff, 0xfffff7218505fef7, 0x17dc67d0f159f159, 0xffffffffffff592a,
    0xff6fdffffddfdfff, 0xfefff0298403fffd, 0x07ffffffffef6f7f, 0xfffbeffbc7b153ed,
    0xeffff7ff7fffff7f, 0xf802feffdd7f7fbf, 0xfffffffffffffc5b, 0xf067ffffffdfffff,
    0x67dcf5ddbf9ff771, 0x000201ea07beab91, 0x0000004482404023, 0x4000400000406d44,
    0x0080050060130000, 0xc100004002400400, 0x6f14f140f4dd778d, 0x00000400a4ad5641,
    0xbfffc00000008004, 0x004a0244148581fe, 0x0001000224012300, 0x8000001000000000,
    0x100936fbf1010800, 0x0000000000000000, 0x000000000002f80c, 0x2c287c00000000a0,
    0x00218ff010000000, 0x025003f79fff0120, 0x0000000000a08000, 0x0090003100040000,
    0x0008300000100002, 0x0000000000100000, 0xf000000000000000, 0x01011be7ecffffff,
    0x05ef9cd440192000, 0x1105504143000010, 0x00004057a3ff6040, 0x1df7d9f75552080b,
    0x467d7f543d578cc7, 0x72c0000000000011, 0x005680360541fdbf, 0x030000001ba388b1,
    0x2110310000044240, 0x7d7fff5f00000010, 0x150157a78d670bcd, 0xb00000041e984a40,
    0xa9030e9007452396, 0xfffefff020000926, 0xdf2ffffeff453857, 0xffffffc42f54cc7d,
    0xb9f16cc56c080001, 0x1afa4bdffef7d37f, 0x0084a4e5d0118440, 0x024201080e030285,
    0x80601fe6fffffff0, 0xe2b15010116400a8, 0x2456990100000013, 0x00003bfbfe901020,
    0xf449e54d1a7d4100, 0x3d42055b3668ffdd, 0xc000000803d30d8e, 0x200506f84c511f44,
    0x0200007dbbf7f502, 0x00044061045b2841, 0xffdfff0001102120, 0x8000000811602057,
    0x0000000020c10000, 0x03301842c0230830, 0xae4cb0000002423c, 0x67ffffff114c8463,
    0xffffc07508401011, 0x10138104000010ff, 0x3881676e140121c0, 0x0000001000000100,
    0x080400a242200000, 0x0000000000000000,
];

/// Primary language subtags of 4 letters (CLDR aliases such as `root`).
/// 1 entries of 4 bytes, sorted, padded with `_`.
pub(super) const LANGUAGES_4: &str = "\
    root\
";

/// Script subtags, title case.
/// 258 entries of 4 bytes, sorted, padded with `_`.
pub(super) const SCRIPTS: &str = "\
    AdlmAfakAghbAhomArabAranArmiArmnAvstBaliBamuBassBatkBengBhksBlisBopoBrahBrai\
    BugiBuhdCakmCansCariChamCherChrsCirtCoptCpmnCprtCyrlCyrsDevaDiakDogrDsrtDupl\
    EgydEgyhEgypElbaElymEthiGeokGeorGlagGongGonmGothGranGrekGujrGuruHanbHangHani\
    HanoHansHantHatrHebrHiraHluwHmngHmnpHrktHungIndsItalJamoJavaJpanJurcKaliKana\
    KharKhmrKhojKitlKitsKndaKoreKpelKthiLanaLaooLatfLatgLatnLekeLepcLimbLinaLinb\
    LisuLomaLyciLydiMahjMakaMandManiMarcMayaMedfMendMercMeroMlymModiMongMoonMroo\
    MteiMultMymrNandNarbNbatNewaNkdbNkgbNkooNshuOgamOlckOrkhOryaOsgeOsmaOugrPalm\
    PaucPcunPelmPermPhagPhliPhlpPhlvPhnxPiqdPlrdPrtiPsinQaaaQaabQaacQaadQaaeQaaf\
    QaagQaahQaaiQaajQaakQaalQaamQaanQaaoQaapQaaqQaarQaasQaatQaauQaavQaawQaaxQaay\
    QaazQabaQabbQabcQabdQabeQabfQabgQabhQabiQabjQabkQablQabmQabnQaboQabpQabqQabr\
    QabsQabtQabuQabvQabwQabxRanjRjngRohgRoroRunrSamrSaraSarbSaurSgnwShawShrdShui\
    SiddSindSinhSogdSogoSoraSoyoSundSyloSyrcSyreSyrjSyrnTagbTakrTaleTaluTamlTang\
    TavtTeluTengTfngTglgThaaThaiTibtTirhTnsaTotoUgarVaiiVispVithWaraWchoWoleXpeo\
    XsuxYeziYiiiZanbZinhZmthZsyeZsymZxxxZyyyZzzz\
";

/// Region subtags of 2 letters: bit `a*26 + b` for `AB` (from `A` = 0).
/// 326 of 676 bits set; bit `i` is bit `i % 64` of word `i / 64`.
#[rustfmt::skip]
pub(super) static REGION_LETTER_BITS: [u64; 11] = [
    0xdeddfdefeedf797d, 0x1e00d5c015963fef, 0x0015fb9fb20d5c02, 0x2340400f781c0e8d,
    0xfd4f8141f42b1d00, 0x0100086f27d7fffd, 0x43fff001d78f3d40, 0xbfbb7be7fdf15102,
    0x004085770434419a, 0x0018ffffffc04042, 0x0000000908400418,
];

/// Region subtags of 3 digits: bit `n` for the number `n` (`419`).
/// 339 of 1000 bits set; bit `i` is bit `i % 64` of word `i / 64`.
#[rustfmt::skip]
pub(super) static REGION_DIGIT_BITS: [u64; 16] = [
    0x737d119df13fff3e, 0x1111111114501551, 0x9114d4445dd3d110, 0x4744c7c444511d11,
    0x1111111101585454, 0x1111111111115111, 0x4544544e45114111, 0x111d101144444444,
    0x4444441011fd1111, 0x44451111114087f4, 0xc045444444d8504c, 0x1511111113111047,
    0xc404049159111111, 0x4cc4100054440107, 0xc000000000000000, 0x000000fffffffffd,
];

/// Variant subtags, lower case.
/// 108 entries of 8 bytes, sorted, padded with `_`.
pub(super) const VARIANTS: &str = "\
    1606nict1694acad1901____1959acad1994____1996____abl1943_akuapem_alalc97_\
    aluku___ao1990__aranes__arevela_arevmda_arkaika_asante__auvern__baku1926\
    balanka_barla___basicengbauddha_biscayanbiske___bohoric_boont___bornholm\
    cisaup__colb1945cornu___creiss__dajnko__ekavsk__emodeng_fonipa__fonkirsh\
    fonnapa_fonupa__fonxsampgallo___gascon__grclass_grital__grmistr_hepburn_\
    heploc__hognorskhsistemoijekavskitihasa_ivanchovjauer___jyutpingkkcor___\
    kociewiekscor___laukika_lemosin_lengadoclipaw___luna1918metelko_monoton_\
    ndyuka__nedis___newfoundnicard__njiva___nulik___osojs___oxendictpahawh2_\
    pahawh3_pahawh4_pamaka__peano___petr1708pinyin__polyton_provenc_puter___\
    rigik___rozaj___rumgr___scotlandscouse__simple__solba___sotav___spanglis\
    surmiransursilv_sutsilv_synnejyltarask__tongyongtunumiituccor___ucrcor__\
    ulster__unifon__vaidika_valenciavalladervecdrukavivaraupwadegilexsistemo\
";

/// Whole tags that langcodes replaces before parsing; all valid.
/// Includes the 26 grandfathered tags of RFC 5646.
/// 65 entries, each a length byte then the tag (lower case).
pub(super) const WHOLE_TAGS: &[u8] = b"\
    \x08aa-saaho\
    \x0aart-lojban\
    \x0bcel-gaulish\
    \x09en-gb-oed\
    \x0ahy-arevmda\
    \x05i-ami\
    \x05i-bnn\
    \x09i-default\
    \x0ai-enochian\
    \x05i-hak\
    \x09i-klingon\
    \x05i-lux\
    \x07i-mingo\
    \x08i-navajo\
    \x05i-pwn\
    \x05i-tao\
    \x05i-tay\
    \x05i-tsu\
    \x06no-bok\
    \x09no-bokmal\
    \x06no-nyn\
    \x0ano-nynorsk\
    \x09sgn-be-fr\
    \x09sgn-be-nl\
    \x06sgn-br\
    \x09sgn-ch-de\
    \x06sgn-co\
    \x06sgn-de\
    \x06sgn-dk\
    \x06sgn-es\
    \x06sgn-fr\
    \x06sgn-gb\
    \x06sgn-gr\
    \x06sgn-ie\
    \x06sgn-it\
    \x06sgn-jp\
    \x06sgn-mx\
    \x06sgn-ni\
    \x06sgn-nl\
    \x06sgn-no\
    \x06sgn-pt\
    \x06sgn-se\
    \x06sgn-us\
    \x06sgn-za\
    \x0aund-aaland\
    \x0bund-arevela\
    \x0bund-arevmda\
    \x0aund-bokmal\
    \x09und-hakka\
    \x12und-hepburn-heploc\
    \x0aund-lojban\
    \x0bund-nynorsk\
    \x09und-saaho\
    \x09und-xiang\
    \x06zh-cmn\
    \x0bzh-cmn-hans\
    \x0bzh-cmn-hant\
    \x06zh-gan\
    \x08zh-guoyu\
    \x08zh-hakka\
    \x06zh-min\
    \x0azh-min-nan\
    \x06zh-wuu\
    \x08zh-xiang\
    \x06zh-yue\
";

/// The grandfathered tags of RFC 5646 section 2.2.8, which have no inner
/// structure.
/// 26 entries, each a length byte then the tag (lower case).
pub(super) const GRANDFATHERED: &[u8] = b"\
    \x0aart-lojban\
    \x0bcel-gaulish\
    \x09en-gb-oed\
    \x05i-ami\
    \x05i-bnn\
    \x09i-default\
    \x0ai-enochian\
    \x05i-hak\
    \x09i-klingon\
    \x05i-lux\
    \x07i-mingo\
    \x08i-navajo\
    \x05i-pwn\
    \x05i-tao\
    \x05i-tay\
    \x05i-tsu\
    \x06no-bok\
    \x06no-nyn\
    \x09sgn-be-fr\
    \x09sgn-be-nl\
    \x09sgn-ch-de\
    \x08zh-guoyu\
    \x08zh-hakka\
    \x06zh-min\
    \x0azh-min-nan\
    \x08zh-xiang\
";

/// `(language, extlang, replacement language)`: pairs langcodes folds into one
/// language instead of counting an extlang, sorted.
#[rustfmt::skip]
pub(super) const EXTLANG_MERGES: &[(&str, &str, Option<&str>)] = &[
    ("no", "bok", Some("nb")),
    ("no", "nyn", Some("nn")),
    ("zh", "cmn", Some("zh")),
    ("zh", "gan", Some("gan")),
    ("zh", "min", Some("nan")),
    ("zh", "wuu", Some("wuu")),
    ("zh", "yue", Some("yue")),
];

/// `(language, replacement language)` where langcodes' alias changes which
/// `EXTLANG_MERGES` entry applies, sorted.
#[rustfmt::skip]
pub(super) const LANGUAGE_ALIASES: &[(&str, Option<&str>)] = &[
    ("chi", Some("zh")),
    ("nor", Some("no")),
    ("zho", Some("zh")),
];

/// The sets the bitmaps encode, as sorted packed lists, for the tests.
#[cfg(test)]
pub(super) mod lists {
    /// Primary language subtags of 2 or 3 letters, lower case.
    /// 8940 entries of 3 bytes, sorted, padded with `_`.
    pub(in crate::locale) const LANGUAGES: &str = "\
        aa_aaaaabaacaadaaeaafaagaahaaiaakaalaamaanaaoaapaaqaaraasaataauaavaawaaxaaz\
        ab_abaabbabcabdabeabfabgabhabiabjabkablabmabnaboabpabqabrabsabtabuabvabwabx\
        abyabzacaacbacdaceacfachaciackaclacmacnacpacqacracsactacuacvacwacxacyaczada\
        adbaddadeadfadgadhadiadjadladnadoadpadqadradsadtaduadwadxadyadzae_aeaaebaec\
        aedaeeaekaelaemaenaeqaeraesaeuaewaeyaezaf_afaafbafdafeafgafhafiafkafnafoafp\
        afrafsaftafuafzagaagbagcagdageagfaggaghagiagjagkaglagmagnagoagpagqagragsagt\
        aguagvagwagxagyagzahaahbahgahhahiahkahlahmahnahoahpahrahsahtaiaaibaicaidaie\
        aifaigaihaiiaijaikailaimainaioaipaiqairaisaitaiwaixaiyajaajgajiajnajpajtaju\
        ajwajzak_akaakbakcakdakeakfakgakhakiakjakkaklakmakoakpakqakraksaktakuakvakw\
        akxakyakzalaalbalcaldalealfalgalhalialjalkallalmalnaloalpalqalralsaltalualv\
        alwalxalyalzam_amaambamcameamfamgamhamiamjamkamlammamnamoampamqamramsamtamu\
        amvamwamxamyamzan_anaanbancandaneanfanganhanianjankanlanmannanoanpanqanrans\
        antanuanvanwanxanyanzaoaaobaocaodaoeaofaogaohaoiaojaokaolaomaonaoraosaotaou\
        aoxaozapaapbapcapdapeapfapgaphapiapjapkaplapmapnapoappapqaprapsaptapuapvapw\
        apxapyapzaqaaqcaqdaqgaqkaqlaqmaqnaqpaqraqtaqzar_araarbarcardareargarhariarj\
        arkarlarmarnaroarparqarrarsartaruarvarwarxaryarzas_asaasbascasdaseasfasgash\
        asiasjaskaslasmasnasoaspasqasrassastasuasvaswasxasyaszataatbatcatdateatgath\
        atiatjatkatlatmatnatoatpatqatratsattatuatvatwatxatyatzauaaubaucaudaueaufaug\
        auhauiaujaukaulaumaunauoaupauqaurausautauuauwauxauyauzav_avaavbavdaveaviavk\
        avlavmavnavoavsavtavuavvawaawbawcawdaweawgawhawiawkawmawnawoawrawsawtawuawv\
        awwawxawyaxbaxeaxgaxkaxlaxmaxxay_ayaaybaycaydayeaygayhayiaykaylaymaynayoayp\
        ayqayraysaytayuayxayyayzaz_azaazbazcazdazeazgazjazmaznazoaztazzba_baababbac\
        badbaebafbagbahbaibajbakbalbambanbaobapbaqbarbasbatbaubavbawbaxbaybazbbabbb\
        bbcbbdbbebbfbbgbbhbbibbjbbkbblbbmbbnbbobbpbbqbbrbbsbbtbbubbvbbwbbxbbybbzbca\
        bcbbccbcdbcebcfbcgbchbcibcjbckbclbcmbcnbcobcpbcqbcrbcsbctbcubcvbcwbcybczbda\
        bdbbdcbddbdebdfbdgbdhbdibdjbdkbdlbdmbdnbdobdpbdqbdrbdsbdtbdubdvbdwbdxbdybdz\
        be_beabebbecbedbeebefbegbehbeibejbekbelbembenbeobepbeqberbesbetbeubevbewbex\
        beybezbfabfbbfcbfdbfebffbfgbfhbfibfjbfkbflbfmbfnbfobfpbfqbfrbfsbftbfubfwbfx\
        bfybfzbg_bgabgbbgcbgdbgebgfbggbgibgjbgkbglbgmbgnbgobgpbgqbgrbgsbgtbgubgvbgw\
        bgxbgybgzbh_bhabhbbhcbhdbhebhfbhgbhhbhibhjbhkbhlbhmbhnbhobhpbhqbhrbhsbhtbhu\
        bhvbhwbhxbhybhzbi_biabibbicbidbiebifbigbihbijbikbilbimbinbiobipbiqbirbisbit\
        biubivbiwbixbiybizbjabjbbjcbjdbjebjfbjgbjhbjibjjbjkbjlbjmbjnbjobjpbjqbjrbjs\
        bjtbjubjvbjwbjxbjybjzbkabkbbkcbkdbkfbkgbkhbkibkjbkkbklbkmbknbkobkpbkqbkrbks\
        bktbkubkvbkwbkxbkybkzblablbblcbldbleblfblgblhblibljblkbllblmblnbloblpblqblr\
        blsbltblvblwblxblyblzbm_bmabmbbmcbmdbmebmfbmgbmhbmibmjbmkbmlbmmbmnbmobmpbmq\
        bmrbmsbmtbmubmvbmwbmxbmybmzbn_bnabnbbncbndbnebnfbngbnibnjbnkbnlbnmbnnbnobnp\
        bnqbnrbnsbntbnubnvbnwbnxbnybnzbo_boabobbodboebofbogbohboibojbokbolbombonboo\
        bopboqborbosbotboubovbowboxboybozbpabpbbpdbpebpgbphbpibpjbpkbplbpmbpnbpobpp\
        bpqbprbpsbptbpubpvbpwbpxbpybpzbqabqbbqcbqdbqfbqgbqhbqibqjbqkbqlbqmbqnbqobqp\
        bqqbqrbqsbqtbqubqvbqwbqxbqybqzbr_brabrbbrcbrdbrebrfbrgbrhbribrjbrkbrlbrmbrn\
        brobrpbrqbrrbrsbrtbrubrvbrwbrxbrybrzbs_bsabsbbscbsebsfbsgbshbsibsjbskbslbsm\
        bsnbsobspbsqbsrbssbstbsubsvbswbsxbsybtabtbbtcbtdbtebtfbtgbthbtibtjbtkbtlbtm\
        btnbtobtpbtqbtrbtsbttbtubtvbtwbtxbtybtzbuabubbucbudbuebufbugbuhbuibujbukbul\
        bumbunbuobupbuqburbusbutbuubuvbuwbuxbuybuzbvabvbbvcbvdbvebvfbvgbvhbvibvjbvk\
        bvlbvmbvnbvobvpbvqbvrbvtbvubvvbvwbvxbvybvzbwabwbbwcbwdbwebwfbwgbwhbwibwjbwk\
        bwlbwmbwnbwobwpbwqbwrbwsbwtbwubwwbwxbwybwzbxabxbbxcbxdbxebxfbxgbxhbxibxjbxk\
        bxlbxmbxnbxobxpbxqbxrbxsbxubxvbxwbxxbxzbyabybbycbydbyebyfbygbyhbyibyjbykbyl\
        bymbynbyobypbyqbyrbysbytbyvbywbyxbyybyzbzabzbbzcbzdbzebzfbzgbzhbzibzjbzkbzl\
        bzmbznbzobzpbzqbzrbzsbztbzubzvbzwbzxbzybzzca_caacabcaccadcaecafcagcahcaicaj\
        cakcalcamcancaocapcaqcarcascatcaucavcawcaxcaycazcbacbbcbccbdcbecbgcbhcbicbj\
        cbkcblcbncbocbqcbrcbscbtcbucbvcbwcbyccacccccdcceccgcchccjcclccmccnccoccpccq\
        ccrccscdacdccddcdecdfcdgcdhcdicdjcdmcdncdocdrcdscdycdzce_ceacebcegcekcelcen\
        cescetceycfacfdcfgcfmcgacgccggcgkch_chachbchcchdchechfchgchhchichjchkchlchm\
        chnchochpchqchrchtchuchvchwchxchychzciacibciccidciecihcikcimcincipcirciwciy\
        cjacjecjhcjicjkcjmcjncjocjpcjrcjscjvcjyckackbckhcklckmcknckockqckrckscktcku\
        ckvckxckyckzclaclccldcleclhclicljclkcllclmclocltcluclwclycmacmccmecmgcmicmk\
        cmlcmmcmncmocmrcmscmtcnacnbcnccngcnhcnicnkcnlcnocnpcnrcnscntcnucnwcnxco_coa\
        cobcoccodcoecofcogcohcojcokcolcomconcoocopcoqcorcoscotcoucovcowcoxcoycozcpa\
        cpbcpccpecpfcpgcpicpncpocppcpscpucpxcpycqdcqucr_cracrbcrccrdcrecrfcrgcrhcri\
        crjcrkcrlcrmcrncrocrpcrqcrrcrscrtcrvcrwcrxcrycrzcs_csacsbcsccsdcsecsfcsgcsh\
        csicsjcskcslcsmcsncsocspcsqcsrcsscstcsucsvcswcsxcsycszctactcctdctectgcthctl\
        ctmctnctoctpctscttctuctyctzcu_cuacubcuccugcuhcuicujcukculcumcuocupcuqcurcus\
        cutcuucuvcuwcuxcuycv_cvgcvncwacwbcwdcwecwgcwtcy_cyacybcymcyoczeczhczkcznczo\
        cztda_daadacdaddaedafdagdahdaidajdakdaldamdandaodapdaqdardasdaudavdawdaxday\
        dazdbadbbdbddbedbfdbgdbidbjdbldbmdbndbodbpdbqdbrdbtdbudbvdbwdbydccdcrddaddd\
        ddeddgddiddjddnddoddrddsddwde_decdeddeedefdegdehdeidekdeldemdendepdeqderdes\
        deudevdezdgadgbdgcdgddgedggdghdgidgkdgldgndgodgrdgsdgtdgudgwdgxdgzdhadhddhg\
        dhidhldhmdhndhodhrdhsdhudhvdhwdhxdiadibdicdiddifdigdihdiidijdikdildimdindio\
        dipdiqdirdisditdiudivdiwdixdiydizdjadjbdjcdjddjedjfdjidjjdjkdjldjmdjndjodjr\
        djudjwdkadkgdkkdkldkrdksdkxdlgdlkdlmdlndmadmbdmcdmddmedmfdmgdmkdmldmmdmndmo\
        dmrdmsdmudmvdmwdmxdmydnadnddnedngdnidnjdnkdnndnodnrdntdnudnvdnwdnydoadobdoc\
        doedofdohdoidokdoldondoodopdoqdordosdotdovdowdoxdoydozdppdradrbdrcdrddredrg\
        drhdridrldrndrodrqdrrdrsdrtdrudrwdrydsbdsedshdsidsldsndsodsqdtadtbdtddthdti\
        dtkdtmdtndtodtpdtrdtsdttdtudtyduadubducdudduedufdugduhduidujdukduldumdunduo\
        dupduqdurdusdutduuduvduwduxduyduzdv_dvadwadwkdwldwrdwsdwudwwdwydwzdyadybdyd\
        dygdyidymdyndyodyudyydz_dzadzddzedzgdzldzndzoeaaebcebgebkeboebrebuecrecsecy\
        ee_eeeefaefeefiegaeglegoegxegyehsehueipeiteivejaekaekcekeekgekiekkeklekmeko\
        ekpekrekyel_eleelhelielkellelmeloelpeluelxemaembemeemgemiemkemmemnemoempemq\
        emsemuemwemxemyemzen_enaenbencendenfengenhenlenmennenoenqenrenuenvenwenxeo_\
        eotepiepoeraergerherierkeroerrerserterwes_eseesgeshesieskeslesmesnesoesqess\
        estesuesxesyet_etbetcethetnetoetretsettetuetxetzeu_euqeuseveevhevneweewoext\
        eyaeyoezaezefa_faafabfadfaffagfahfaifajfakfalfamfanfaofapfarfasfatfaufaxfay\
        fazfblfcsferff_ffiffmfgrfi_fiafiefiffijfilfinfipfirfitfiufiwfj_fkkfkvflaflh\
        flifllflnflrflyfmpfmufnbfngfnifo_fodfoifomfonforfosfoxfpefqsfr_frafrcfrdfre\
        frkfrmfrofrpfrqfrrfrsfrtfryfsefslfssfubfucfudfuefuffuhfuifujfulfumfunfuqfur\
        futfuufuvfuyfvrfwafwefy_ga_gaagabgacgadgaegafgaggahgaigajgakgalgamgangaogap\
        gaqgargasgatgaugavgawgaxgaygazgbagbbgbcgbdgbegbfgbggbhgbigbjgbkgblgbmgbngbo\
        gbpgbqgbrgbsgbugbvgbwgbxgbygbzgccgcdgcegcfgclgcngcrgctgd_gdagdbgdcgddgdegdf\
        gdggdhgdigdjgdkgdlgdmgdngdogdqgdrgdsgdtgdugdxgeagebgecgedgefgeggehgeigejgek\
        gelgemgeogeqgergesgevgewgexgeygezgfkgftgfxggaggbggdggegggggkgglggnggoggrggt\
        gguggwghaghcgheghhghkghlghnghoghrghsghtgiagibgicgidgiegiggihgiigilgimgingio\
        gipgiqgirgisgitgiugiwgixgiygizgjigjkgjmgjngjrgjugkagkdgkegkngkogkpgkugl_gla\
        glbglcgldgleglgglhgligljglkgllgloglrgluglvglwglygmagmbgmdgmegmggmhgmlgmmgmn\
        gmqgmrgmugmvgmwgmxgmygmzgn_gnagnbgncgndgnegnggnhgnignjgnkgnlgnmgnngnognqgnr\
        gntgnugnwgnzgoagobgocgodgoegofgoggohgoigojgokgolgomgongoogopgoqgorgosgotgou\
        gowgoxgoygozgpagpegpngqagqigqngqrgqugragrbgrcgrdgregrggrhgrigrjgrkgrmgrngro\
        grqgrrgrsgrtgrugrvgrwgrxgrygrzgsegsggslgsmgsngsogspgssgswgtagtigtugu_guagub\
        gucgudguegufgugguhguigujgukgulgumgunguogupguqgurgusgutguuguvguwguxguzgv_gva\
        gvcgvegvfgvjgvlgvmgvngvogvpgvrgvsgvygwagwbgwcgwdgwegwfgwggwigwjgwmgwngwrgwt\
        gwugwwgwxgxxgyagybgydgyegyfgyggyigylgymgyngyogyrgyygyzgzagzigznha_haahabhac\
        hadhaehafhaghahhaihajhakhalhamhanhaohaphaqharhashathauhavhawhaxhayhazhbahbb\
        hbnhbohbshbuhcahchhdnhdshdyhe_heahebhedheghehheihemherhgmhgwhhihhrhhyhi_hia\
        hibhidhifhighihhiihijhikhilhimhinhiohirhithiwhixhjihkahkehkhhkkhknhkshlahlb\
        hldhlehlthluhmahmbhmchmdhmehmfhmghmhhmihmjhmkhmlhmmhmnhmohmphmqhmrhmshmthmu\
        hmvhmwhmxhmyhmzhnahndhnehnghnhhnihnjhnnhnohnshnuho_hoahobhochodhoehohhoihoj\
        hokholhomhoohophorhoshothovhowhoyhozhpohpshr_hrahrchrehrkhrmhrohrphrrhrthru\
        hrvhrwhrxhrzhsbhshhslhsnhssht_htihtohtshtuhtxhu_hubhuchudhuehufhughuhhuihuj\
        hukhulhumhunhuohuphuqhurhushuthuuhuvhuwhuxhuyhuzhvchvehvkhvnhvvhwahwchwohy_\
        hyahyehywhyxhz_ia_iaiianiapiaribaibbibdibeibgibhibiiblibmibniboibribuibyica\
        iceichiclicrid_idaidbidciddideidiidoidridsidtiduie_ifaifbifeiffifkifmifuify\
        ig_igbigeiggigligmignigoigsigwihbihiihpihwii_iiiiiniirijcijeijjijnijoijsik_\
        ikeikiikkiklikoikpikriksiktikuikvikwikxikzilailbileilgiliilkillilmiloilpils\
        iluilvilwimaimeimiimlimnimoimrimsimyin_inainbincindineinginhinjinlinminnino\
        inpinsintinzio_ioriouiowipiipkipoiquiqwiraireirhiriirkirniroirriruirxiryis_\
        isaiscisdiseisgishisiiskislismisnisoisristisuit_itaitbitcitditeitiitkitlitm\
        itoitritsittitvitwitxityitziu_iumivbivviw_iwkiwmiwoiwsixcixliyaiyoiyxizhizi\
        izrizzja_jaajabjacjadjaejafjahjajjakjaljamjanjaojaqjarjasjatjaujavjaxjayjaz\
        jbejbijbjjbkjbmjbnjbojbrjbtjbujbwjcsjctjdajdgjdtjebjeejegjehjeijekjeljenjer\
        jetjeujgbjgejgkjgojhijhsji_jiajibjicjidjiejigjihjiijiljimjiojiqjitjiujivjiy\
        jjejjrjkajkmjkojkpjkrjksjkujlejlsjmajmbjmcjmdjmijmljmnjmrjmsjmwjmxjnajndjng\
        jnijnjjnljnsjobjodjogjorjosjowjpajpnjprjpxjqrjrajrbjrrjrtjrujsljuajubjucjud\
        juhjuijukjuljumjunjuojupjurjusjutjuujuwjuyjv_jvdjvnjw_jwijyajyejyyka_kaakab\
        kackadkaekafkagkahkaikajkakkalkamkankaokapkaqkarkaskatkaukavkawkaxkaykazkba\
        kbbkbckbdkbekbfkbgkbhkbikbjkbkkblkbmkbnkbokbpkbqkbrkbskbtkbukbvkbwkbxkbykbz\
        kcakcbkcckcdkcekcfkcgkchkcikcjkckkclkcmkcnkcokcpkcqkcrkcskctkcukcvkcwkcxkcy\
        kczkdakdckddkdekdfkdgkdhkdikdjkdkkdlkdmkdnkdokdpkdqkdrkdtkdukdvkdwkdxkdykdz\
        keakebkeckedkeekefkegkehkeikejkekkelkemkenkeokepkeqkerkesketkeukevkewkexkey\
        kezkfakfbkfckfdkfekffkfgkfhkfikfjkfkkflkfmkfnkfokfpkfqkfrkfskftkfukfvkfwkfx\
        kfykfzkg_kgakgbkgckgdkgekgfkggkghkgikgjkgkkglkgmkgnkgokgpkgqkgrkgskgtkgukgv\
        kgwkgxkgykhakhbkhckhdkhekhfkhgkhhkhikhjkhkkhlkhmkhnkhokhpkhqkhrkhskhtkhukhv\
        khwkhxkhykhzki_kiakibkickidkiekifkigkihkiikijkikkilkimkinkiokipkiqkirkiskit\
        kiukivkiwkixkiykizkj_kjakjbkjckjdkjekjfkjgkjhkjikjjkjkkjlkjmkjnkjokjpkjqkjr\
        kjskjtkjukjvkjxkjykjzkk_kkakkbkkckkdkkekkfkkgkkhkkikkjkkkkklkkmkknkkokkpkkq\
        kkrkkskktkkukkvkkwkkxkkykkzkl_klaklbklckldkleklfklgklhklikljklkkllklmklnklo\
        klpklqklrklskltkluklvklwklxklyklzkm_kmakmbkmckmdkmekmfkmgkmhkmikmjkmkkmlkmm\
        kmnkmokmpkmqkmrkmskmtkmukmvkmwkmxkmykmzkn_knaknbknckndkneknfkngkniknjknkknl\
        knmknnknoknpknqknrknskntknuknvknwknxknyknzko_koakockodkoekofkogkohkoikojkok\
        kolkomkonkookopkoqkorkoskotkoukovkowkoxkoykozkpakpbkpckpdkpekpfkpgkphkpikpj\
        kpkkplkpmkpnkpokppkpqkprkpskptkpukpvkpwkpxkpykpzkqakqbkqckqdkqekqfkqgkqhkqi\
        kqjkqkkqlkqmkqnkqokqpkqqkqrkqskqtkqukqvkqwkqxkqykqzkr_krakrbkrckrdkrekrfkrh\
        krikrjkrkkrlkrmkrnkrokrpkrrkrskrtkrukrvkrwkrxkrykrzks_ksaksbkscksdkseksfksg\
        kshksiksjkskkslksmksnksokspksqksrksskstksuksvkswksxksykszktaktbktcktdktektf\
        ktgkthktiktjktkktlktmktnktoktpktqktrktskttktuktvktwktxktyktzku_kuakubkuckud\
        kuekufkugkuhkuikujkukkulkumkunkuokupkuqkurkuskutkuukuvkuwkuxkuykuzkv_kvakvb\
        kvckvdkvekvfkvgkvhkvikvjkvkkvlkvmkvnkvokvpkvqkvrkvskvtkvukvvkvwkvxkvykvzkw_\
        kwakwbkwckwdkwekwfkwgkwhkwikwjkwkkwlkwmkwnkwokwpkwqkwrkwskwtkwukwvkwwkwxkwy\
        kwzkxakxbkxckxdkxekxfkxhkxikxjkxkkxlkxmkxnkxokxpkxqkxrkxskxtkxukxvkxwkxxkxy\
        kxzky_kyakybkyckydkyekyfkygkyhkyikyjkykkylkymkynkyokypkyqkyrkyskytkyukyvkyw\
        kyxkyykyzkzakzbkzckzdkzekzfkzgkzhkzikzjkzkkzlkzmkznkzokzpkzqkzrkzskztkzukzv\
        kzwkzxkzykzzla_laalablacladlaelaflaglahlailajlaklallamlanlaolaplaqlarlaslat\
        laulavlawlaxlaylazlb_lbalbblbclbelbflbglbilbjlbklbllbmlbnlbolbqlbrlbslbtlbu\
        lbvlbwlbxlbylbzlcclcdlcelcflchlcllcmlcplcqlcsldaldblddldgldhldildjldkldlldm\
        ldnldoldpldqlealeblecledleelefleglehleilejleklellemlenleolepleqlerlesletleu\
        levlewlexleylezlfalfnlg_lgalgblgglghlgilgklgllgmlgnlgqlgrlgtlgulgzlhalhhlhi\
        lhllhmlhnlhplhslhtlhuli_lialibliclidlielifliglihliilijliklillimlinliolipliq\
        lirlislitliulivliwlixliylizljaljeljiljlljpljwljxlkalkblkclkdlkelkhlkilkjlkl\
        lkmlknlkolkrlkslktlkulkyllallbllclldllellfllgllhllilljllklllllmllnllollpllq\
        llsllullxlmalmblmclmdlmelmflmglmhlmilmjlmklmllmmlmnlmolmplmqlmrlmulmvlmwlmx\
        lmylmzln_lnalnblndlnglnhlnilnjlnllnmlnnlnolnslnulnwlnzlo_loaloblocloeloflog\
        lohloilojloklollomlonlooloploqlorloslotloulovlowloxloylozlpalpelpnlpolpxlra\
        lrclrelrglrilrklrllrmlrnlrolrrlrtlrvlrzlsalsblsdlselsglshlsilsllsmlsnlsolsp\
        lsrlsslstlsvlsylt_ltcltglthltiltnltoltsltultzlu_lualublucludlueluflugluiluj\
        luklullumlunluolupluqlurluslutluuluvluwluyluzlv_lvalvilvklvslvulwalwelwglwh\
        lwllwmlwolwslwtlwulwwlxmlyalyglynlzhlzllznlzzmaamabmacmadmaemafmagmahmaimaj\
        makmalmammanmaomapmaqmarmasmatmaumavmawmaxmaymazmbambbmbcmbdmbembfmbhmbimbj\
        mbkmblmbmmbnmbombpmbqmbrmbsmbtmbumbvmbwmbxmbymbzmcamcbmccmcdmcemcfmcgmchmci\
        mcjmckmclmcmmcnmcomcpmcqmcrmcsmctmcumcvmcwmcxmcymczmdamdbmdcmddmdemdfmdgmdh\
        mdimdjmdkmdlmdmmdnmdpmdqmdrmdsmdtmdumdvmdwmdxmdymdzmeamebmecmedmeemefmegmeh\
        meimejmekmelmemmenmeomepmeqmermesmetmeumevmewmeymezmfamfbmfcmfdmfemffmfgmfh\
        mfimfjmfkmflmfmmfnmfomfpmfqmfrmfsmftmfumfvmfwmfxmfymfzmg_mgamgbmgcmgdmgemgf\
        mggmghmgimgjmgkmglmgmmgnmgomgpmgqmgrmgsmgtmgumgvmgwmgxmgymgzmh_mhamhbmhcmhd\
        mhemhfmhgmhhmhimhjmhkmhlmhmmhnmhomhpmhqmhrmhsmhtmhumhwmhxmhymhzmi_miamibmic\
        midmiemifmigmihmiimijmikmilmimminmiomipmiqmirmismitmiumiwmixmiymizmjamjbmjc\
        mjdmjemjgmjhmjimjjmjkmjlmjmmjnmjomjpmjqmjrmjsmjtmjumjvmjwmjxmjymjzmk_mkamkb\
        mkcmkdmkemkfmkgmkhmkimkjmkkmklmkmmknmkomkpmkqmkrmksmktmkumkvmkwmkxmkymkzml_\
        mlamlbmlcmldmlemlfmlgmlhmlimljmlkmllmlmmlnmlomlpmlqmlrmlsmltmlumlvmlwmlxmlz\
        mmammbmmcmmdmmemmfmmgmmhmmimmjmmkmmlmmmmmnmmommpmmqmmrmmtmmummvmmwmmxmmymmz\
        mn_mnamnbmncmndmnemnfmngmnhmnimnjmnkmnlmnmmnnmnomnpmnqmnrmnsmntmnumnvmnwmnx\
        mnymnzmo_moamocmodmoemofmogmohmoimojmokmolmommonmoomopmoqmormosmotmoumovmow\
        moxmoymozmpampbmpcmpdmpempgmphmpimpjmpkmplmpmmpnmpomppmpqmprmpsmptmpumpvmpw\
        mpxmpympzmqamqbmqcmqemqfmqgmqhmqimqjmqkmqlmqmmqnmqomqpmqqmqrmqsmqtmqumqvmqw\
        mqxmqymqzmr_mramrbmrcmrdmremrfmrgmrhmrimrjmrkmrlmrmmrnmromrpmrqmrrmrsmrtmru\
        mrvmrwmrxmrymrzms_msamsbmscmsdmsemsfmsgmshmsimsjmskmslmsmmsnmsomspmsqmsrmss\
        mstmsumsvmswmsxmsymszmt_mtamtbmtcmtdmtemtfmtgmthmtimtjmtkmtlmtmmtnmtomtpmtq\
        mtrmtsmttmtumtvmtwmtxmtymuamubmucmudmuemugmuhmuimujmukmulmummunmuomupmuqmur\
        musmutmuumuvmuxmuymuzmvamvbmvdmvemvfmvgmvhmvimvkmvlmvmmvnmvomvpmvqmvrmvsmvt\
        mvumvvmvwmvxmvymvzmwamwbmwcmwdmwemwfmwgmwhmwimwjmwkmwlmwmmwnmwomwpmwqmwrmws\
        mwtmwumwvmwwmwxmwymwzmxamxbmxcmxdmxemxfmxgmxhmximxjmxkmxlmxmmxnmxomxpmxqmxr\
        mxsmxtmxumxvmxwmxxmxymxzmy_myamybmycmydmyemyfmygmyhmyimyjmykmylmymmynmyomyp\
        myqmyrmysmytmyumyvmywmyxmyymyzmzamzbmzcmzdmzemzgmzhmzimzjmzkmzlmzmmznmzomzp\
        mzqmzrmzsmztmzumzvmzwmzxmzymzzna_naanabnacnadnaenafnagnahnainajnaknalnamnan\
        naonapnaqnarnasnatnaunavnawnaxnaynaznb_nbanbbnbcnbdnbenbfnbgnbhnbinbjnbknbl\
        nbmnbnnbonbpnbqnbrnbsnbtnbunbvnbwnbxnbyncancbnccncdncencfncgnchncincjnckncl\
        ncmncnnconcpncqncrncsnctncuncxncznd_ndandbndcnddndendfndgndhndindjndkndlndm\
        ndnndondpndqndrndsndtndundvndwndxndyndzne_neanebnecnedneenefnegnehneinejnek\
        nemnenneonepneqnernesnetneunevnewnexneyneznfanfdnflnfrnfung_ngangbngcngdnge\
        ngfnggnghngingjngknglngmngnngongpngqngrngsngtngungvngwngxngyngznhanhbnhcnhd\
        nhenhfnhgnhhnhinhknhmnhnnhonhpnhqnhrnhtnhunhvnhwnhxnhynhznianibnicnidnienif\
        nignihniinijniknilnimninnioniqnirnisnitniunivniwnixniyniznjanjbnjdnjhnjinjj\
        njlnjmnjnnjonjrnjsnjtnjunjxnjynjznkankbnkcnkdnkenkfnkgnkhnkinkjnkknkmnknnko\
        nkpnkqnkrnksnktnkunkvnkwnkxnkznl_nlanlcnldnlenlgnlinljnlknllnlmnlnnlonlqnlr\
        nlunlvnlwnlxnlynlznmanmbnmcnmdnmenmfnmgnmhnminmjnmknmlnmmnmnnmonmpnmqnmrnms\
        nmtnmunmvnmwnmxnmynmznn_nnannbnncnndnnennfnngnnhnninnjnnknnlnnmnnnnnonnpnnq\
        nnrnnsnntnnunnvnnwnnxnnynnzno_noanobnocnodnoenofnognohnoinojnoknolnomnonnoo\
        nopnoqnornosnotnounovnownoynoznpanpbnpgnphnpinplnpnnponpsnpunpxnpynqgnqknql\
        nqmnqnnqonqqnqtnqynr_nranrbnrcnrenrfnrgnrinrknrlnrmnrnnrpnrrnrtnrunrxnrznsa\
        nsbnscnsdnsensfnsgnshnsinsknslnsmnsnnsonspnsqnsrnssnstnsunsvnswnsxnsynszntd\
        ntentgntintjntkntmntontpntrntsntuntwntxntyntznuanubnucnudnuenufnugnuhnuinuj\
        nuknulnumnunnuonupnuqnurnusnutnuunuvnuwnuxnuynuznv_nvhnvmnvonwanwbnwcnwenwg\
        nwinwmnwonwrnwxnwynxanxdnxenxgnxinxknxlnxmnxnnxonxqnxrnxunxxny_nyanybnycnyd\
        nyenyfnygnyhnyinyjnyknylnymnynnyonypnyqnyrnysnytnyunyvnywnyxnyynzanzbnzdnzi\
        nzknzmnzsnzunzynzzoaaoacoaroavobiobkoblobmoboobrobtobuoc_ocaochociocmocoocu\
        odaodkodtoduofoofsofuogbogcogeoggogooguohtohuoiaoinoj_ojbojcojgojiojpojsojv\
        ojwokaokbokcokdokeokgokhokiokjokkoklokmoknokookroksokuokvokxokzolaoldoleolk\
        olmoloolroltoluom_omaombomcomeomgomiomkomlomnomoompomqomromtomuomvomwomxomy\
        onaonboneongonionjonkonnonoonponronsontonuonwonxoodoogoonooroosopaopkopmopo\
        optopyor_oraorcoreorgorhoriormornoroorrorsortoruorvorworxoryorzos_osaoscosi\
        osnosoospossostosuosxotaotbotdoteotiotkotlotmotnotootqotrotsottotuotwotxoty\
        otzouaouboueouioumounovdowiowloyboydoymoyyozmpa_paapabpacpadpaepafpagpahpai\
        pakpalpampanpaopappaqparpaspatpaupavpawpaxpaypazpbbpbcpbepbfpbgpbhpbipblpbm\
        pbnpbopbppbrpbspbtpbupbvpbypbzpcapcbpccpcdpcepcfpcgpchpcipcjpckpclpcmpcnpcp\
        pcrpcwpdapdcpdipdnpdopdtpdupeapebpedpeepefpegpehpeipejpekpelpempeopeppeqper\
        pespevpexpeypezpfapfepflpgapgdpggpgipgkpglpgnpgspgupgypgzphaphdphgphhphiphk\
        phlphmphnphophqphrphtphuphvphwpi_piapibpicpidpiepifpigpihpiipijpilpimpinpio\
        pippirpispitpiupivpiwpixpiypizpjtpkapkbpkcpkgpkhpknpkopkppkrpkspktpkupl_pla\
        plbplcpldpleplfplgplhplipljplkpllplnploplpplqplrplspltpluplvplwplyplzpmapmb\
        pmcpmdpmepmfpmhpmipmjpmkpmlpmmpmnpmopmqpmrpmspmtpmupmwpmxpmypmzpnapnbpncpnd\
        pnepngpnhpnipnjpnkpnlpnmpnnpnopnppnqpnrpnspntpnupnvpnwpnxpnypnzpocpodpoepof\
        pogpohpoipokpolpomponpoopoppoqporpospotpovpowpoxpoypozppappeppippkpplppmppn\
        ppopppppqpprppspptppupqapqepqmpqwpraprbprcprdpreprfprgprhpriprkprlprmprnpro\
        prpprqprrprsprtpruprwprxpryprzps_psapscpsdpsepsgpshpsipslpsmpsnpsopsppsqpsr\
        psspstpsupswpsypt_ptapthptiptnptoptpptqptrpttptuptvptwptypuapubpucpudpuepuf\
        pugpuipujpukpumpuopuppuqpurpusputpuupuwpuxpuypuzpwapwbpwgpwipwmpwnpwopwrpww\
        pxmpyepympynpyspyupyxpyypznqaaqabqacqadqaeqafqagqahqaiqajqakqalqamqanqaoqap\
        qaqqarqasqatqauqavqawqaxqayqazqbaqbbqbcqbdqbeqbfqbgqbhqbiqbjqbkqblqbmqbnqbo\
        qbpqbqqbrqbsqbtqbuqbvqbwqbxqbyqbzqcaqcbqccqcdqceqcfqcgqchqciqcjqckqclqcmqcn\
        qcoqcpqcqqcrqcsqctqcuqcvqcwqcxqcyqczqdaqdbqdcqddqdeqdfqdgqdhqdiqdjqdkqdlqdm\
        qdnqdoqdpqdqqdrqdsqdtqduqdvqdwqdxqdyqdzqeaqebqecqedqeeqefqegqehqeiqejqekqel\
        qemqenqeoqepqeqqerqesqetqeuqevqewqexqeyqezqfaqfbqfcqfdqfeqffqfgqfhqfiqfjqfk\
        qflqfmqfnqfoqfpqfqqfrqfsqftqfuqfvqfwqfxqfyqfzqgaqgbqgcqgdqgeqgfqggqghqgiqgj\
        qgkqglqgmqgnqgoqgpqgqqgrqgsqgtqguqgvqgwqgxqgyqgzqhaqhbqhcqhdqheqhfqhgqhhqhi\
        qhjqhkqhlqhmqhnqhoqhpqhqqhrqhsqhtqhuqhvqhwqhxqhyqhzqiaqibqicqidqieqifqigqih\
        qiiqijqikqilqimqinqioqipqiqqirqisqitqiuqivqiwqixqiyqizqjaqjbqjcqjdqjeqjfqjg\
        qjhqjiqjjqjkqjlqjmqjnqjoqjpqjqqjrqjsqjtqjuqjvqjwqjxqjyqjzqkaqkbqkcqkdqkeqkf\
        qkgqkhqkiqkjqkkqklqkmqknqkoqkpqkqqkrqksqktqkuqkvqkwqkxqkyqkzqlaqlbqlcqldqle\
        qlfqlgqlhqliqljqlkqllqlmqlnqloqlpqlqqlrqlsqltqluqlvqlwqlxqlyqlzqmaqmbqmcqmd\
        qmeqmfqmgqmhqmiqmjqmkqmlqmmqmnqmoqmpqmqqmrqmsqmtqmuqmvqmwqmxqmyqmzqnaqnbqnc\
        qndqneqnfqngqnhqniqnjqnkqnlqnmqnnqnoqnpqnqqnrqnsqntqnuqnvqnwqnxqnyqnzqoaqob\
        qocqodqoeqofqogqohqoiqojqokqolqomqonqooqopqoqqorqosqotqouqovqowqoxqoyqozqpa\
        qpbqpcqpdqpeqpfqpgqphqpiqpjqpkqplqpmqpnqpoqppqpqqprqpsqptqpuqpvqpwqpxqpyqpz\
        qqaqqbqqcqqdqqeqqfqqgqqhqqiqqjqqkqqlqqmqqnqqoqqpqqqqqrqqsqqtqquqqvqqwqqxqqy\
        qqzqraqrbqrcqrdqreqrfqrgqrhqriqrjqrkqrlqrmqrnqroqrpqrqqrrqrsqrtqruqrvqrwqrx\
        qryqrzqsaqsbqscqsdqseqsfqsgqshqsiqsjqskqslqsmqsnqsoqspqsqqsrqssqstqsuqsvqsw\
        qsxqsyqszqtaqtbqtcqtdqteqtfqtgqthqtiqtjqtkqtlqtmqtnqtoqtpqtqqtrqtsqttqtuqtv\
        qtwqtxqtyqtzqu_quaqubqucqudquequfqugquhquiqukqulqumqunqupquqqurqusquvquwqux\
        quyquzqvaqvcqveqvhqviqvjqvlqvmqvnqvoqvpqvsqvwqvyqvzqwaqwcqweqwhqwmqwsqwtqxa\
        qxcqxhqxlqxnqxoqxpqxqqxrqxsqxtqxuqxwqyaqypraarabracradrafragrahrairajrakral\
        ramranraorapraqrarrasratrauravrawraxrayrazrbbrbkrblrbprcfrdbrearebreeregrei\
        rejrelremrenrerresretreyrgargergkrgnrgrrgsrgurhgrhpriarierifrilrimrinrirrit\
        riurjgrjirjsrkarkbrkhrkirkmrktrkwrm_rmarmbrmcrmdrmermfrmgrmhrmirmkrmlrmmrmn\
        rmormprmqrmrrmsrmtrmurmvrmwrmxrmyrmzrn_rnarndrngrnlrnnrnprnrrnwro_roarobroc\
        rodroerofrogrohrolromronrooroprorrourowrpnrptrrirrorrtrsbrsirslrsmrtcrthrtm\
        rtsrtwru_rubrucruerufrugruhruirukrumrunruorupruqrusrutruuruyruzrw_rwarwkrwl\
        rwmrworwrrxdrxwrynrysryurzhsa_saasabsacsadsaesafsagsahsaisajsaksalsamsansao\
        sapsaqsarsassatsausavsawsaxsaysazsbasbbsbcsbdsbesbfsbgsbhsbisbjsbksblsbmsbn\
        sbosbpsbqsbrsbssbtsbusbvsbwsbxsbysbzsc_scascbsccscescfscgschsciscksclscnsco\
        scpscqscrscssctscuscvscwscxsd_sdasdbsdcsdesdfsdgsdhsdjsdksdlsdmsdnsdosdpsdq\
        sdrsdssdtsdusdvsdxsdzse_seasebsecsedseesefsegsehseisejsekselsemsenseosepseq\
        sersessetseusevsewseysezsfbsfesfmsfssfwsg_sgasgbsgcsgdsgesggsghsgisgjsgksgl\
        sgmsgnsgosgpsgrsgssgtsgusgwsgxsgysgzsh_shashbshcshdsheshgshhshishjshkshlshm\
        shnshoshpshqshrshsshtshushvshwshxshyshzsi_siasibsidsiesifsigsihsiisijsiksil\
        simsinsiosipsiqsirsissitsiusivsiwsixsiysizsjasjbsjdsjesjgsjksjlsjmsjnsjosjp\
        sjrsjssjtsjusjwsk_skaskbskcskdskeskfskgskhskiskjskkskmsknskoskpskqskrsksskt\
        skuskvskwskxskyskzsl_slaslcsldsleslfslgslhslisljslksllslmslnsloslpslqslrsls\
        sltsluslvslwslxslyslzsm_smasmbsmcsmdsmesmfsmgsmhsmismjsmksmlsmmsmnsmosmpsmq\
        smrsmssmtsmusmvsmwsmxsmysmzsn_snasnbsncsndsnesnfsngsnhsnisnjsnksnlsnmsnnsno\
        snpsnqsnrsnssnusnvsnwsnxsnysnzso_soasobsocsodsoesogsohsoisojsoksolsomsonsoo\
        sopsoqsorsossotsousovsowsoxsoysozspaspbspcspdspespgspispksplspmspnsposppspq\
        sprspssptspuspvspxspysq_sqasqhsqisqjsqksqmsqnsqosqqsqrsqssqtsqusqxsr_srasrb\
        srcsrdsresrfsrgsrhsrisrksrlsrmsrnsrosrpsrqsrrsrssrtsrusrvsrwsrxsrysrzss_ssa\
        ssbsscssdssessfssgsshssissjssksslssmssnssosspssqssrssssstssussvsswssxssyssz\
        st_stastbstdstestfstgsthstistjstkstlstmstnstostpstqstrstssttstustvstwstysu_\
        suasubsucsuesugsuisujsuksulsumsunsuosuqsursussutsuvsuwsuxsuysuzsv_svasvbsvc\
        svesvksvmsvrsvssvxsw_swaswbswcsweswfswgswhswiswjswkswlswmswnswoswpswqswrsws\
        swtswuswvswwswxswysxbsxcsxesxgsxksxlsxmsxnsxosxrsxssxusxwsyasybsycsydsyisyk\
        sylsymsynsyosyrsyssywsyxsyyszaszbszcszdszeszgszlsznszpszsszvszwszyta_taatab\
        tactadtaetaftagtahtaitajtaktaltamtantaotaptaqtartastattautavtawtaxtaytaztba\
        tbbtbctbdtbetbftbgtbhtbitbjtbktbltbmtbntbotbptbqtbrtbstbttbutbvtbwtbxtbytbz\
        tcatcbtcctcdtcetcftcgtchtcitcktcltcmtcntcotcptcqtcstcttcutcwtcxtcytcztdatdb\
        tdctddtdetdftdgtdhtditdjtdktdltdmtdntdotdqtdrtdstdttdutdvtdxtdyte_teatebtec\
        tedteeteftegtehteitekteltemtenteotepteqtertestetteutevtewtexteyteztfitfntfo\
        tfrtfttg_tgatgbtgctgdtgetgftggtghtgitgjtgktgltgntgotgptgqtgrtgstgttgutgvtgw\
        tgxtgytgzth_thathcthdthethfthhthithkthlthmthnthpthqthrthsthtthuthvthwthxthy\
        thzti_tiatibtictidtietiftigtihtiitijtiktiltimtintiotiptiqtirtistittiutivtiw\
        tixtiytiztjatjgtjitjjtjltjmtjntjotjptjstjutjwtk_tkatkbtkdtketkftkgtkktkltkm\
        tkntkptkqtkrtkstkttkutkvtkwtkxtkztl_tlatlbtlctldtlftlgtlhtlitljtlktlltlmtln\
        tlotlptlqtlrtlstlttlutlvtlwtlxtlytmatmbtmctmdtmetmftmgtmhtmitmjtmktmltmmtmn\
        tmotmptmqtmrtmstmttmutmvtmwtmytmztn_tnatnbtnctndtnetnftngtnhtnitnktnltnmtnn\
        tnotnptnqtnrtnstnttnutnvtnwtnxtnytnzto_tobtoctodtoetoftogtohtoitojtoltomton\
        tootoptoqtortostoutovtowtoxtoytoztpatpctpetpftpgtpitpjtpktpltpmtpntpotpptpq\
        tprtpttputpvtpwtpxtpytpztqbtqltqmtqntqotqptqqtqrtqttqutqwtr_tratrbtrctrdtre\
        trftrgtrhtritrjtrktrltrmtrntrotrptrqtrrtrstrttrutrvtrwtrxtrytrzts_tsatsbtsc\
        tsdtsetsftsgtshtsitsjtsktsltsmtsntsotsptsqtsrtsststtsutsvtswtsxtsytsztt_tta\
        ttbttcttdttettfttgtthttittjttkttlttmttnttottpttqttrttstttttuttvttwttyttztua\
        tubtuctudtuetuftugtuhtuitujtuktultumtuntuotuptuqturtustuttuutuvtuwtuxtuytuz\
        tvatvdtvetvktvltvmtvntvotvstvttvutvwtvxtvytw_twatwbtwctwdtwetwftwgtwhtwitwl\
        twmtwntwotwptwqtwrtwttwutwwtwxtwytxatxbtxctxetxgtxhtxitxjtxmtxntxotxqtxrtxs\
        txttxutxxtxyty_tyatyetyhtyityjtyltyntyptyrtystyttyutyvtyxtyytyztzatzhtzjtzl\
        tzmtzntzotzxuamuanuarubaubiublubrubuubyudaudeudgudiudjudludmuduuesufiug_uga\
        ugbugeugnugougyuhauhnuiguisuivujiuk_ukaukgukhukiukkuklukpukqukruksukuukvukw\
        ukyulaulbulculeulfuliulkullulmulnuluulwumaumbumcumdumgumiummumnumoumpumrums\
        umuunaunduneunguniunkunmunnunpunrunuunxunzuokupiupvur_uraurburcurdureurfurg\
        urhuriurjurkurlurmurnurourpurrurturuurvurwurxuryurzusaushusiuskuspussusuuta\
        uteuthutputrutuuumuunuuruuuuveuvhuvluwauyauz_uzbuznuzsvaavaevafvagvahvaivaj\
        valvamvanvaovapvarvasvauvavvayvbbvbkve_vecvedvelvemvenveovepvervgrvgtvi_vic\
        vidvievifvigvilvinvisvitvivvkavkivkjvkkvklvkmvknvkovkpvktvkuvkzvlpvlsvmavmb\
        vmcvmdvmevmfvmgvmhvmivmjvmkvmlvmmvmpvmqvmrvmsvmuvmvvmwvmxvmyvmzvnkvnmvnpvo_\
        volvorvotvravrovrsvrtvsivslvsvvtovumvunvutvwawa_waawabwacwadwaewafwagwahwai\
        wajwakwalwamwanwaowapwaqwarwaswatwauwavwawwaxwaywazwbawbbwbewbfwbhwbiwbjwbk\
        wblwbmwbpwbqwbrwbswbtwbvwbwwcawciwddwdgwdjwdkwduwdyweawecwedwegwehweiwelwem\
        wenweowepwerweswetweuwewwfgwgawgbwggwgiwgowguwgwwgywhawhgwhkwhuwibwicwiewif\
        wigwihwiiwijwikwilwimwinwirwitwiuwivwiwwiywjawjiwkawkbwkdwklwkrwkuwkwwkywla\
        wlcwlewlgwlhwliwlkwllwlmwlnwlowlrwlswluwlvwlwwlxwlywmawmbwmcwmdwmewmgwmhwmi\
        wmmwmnwmowmswmtwmwwmxwnbwncwndwnewngwniwnkwnmwnnwnownpwnuwnwwnywo_woawobwoc\
        wodwoewofwogwoiwokwolwomwonwooworwoswowwoywpcwrawrbwrdwrgwrhwriwrkwrlwrmwrn\
        wrowrpwrrwrswruwrvwrwwrxwrywrzwsawsgwsiwskwsrwsswsuwsvwtfwthwtiwtkwtmwtwwua\
        wubwudwuhwulwumwunwurwutwuuwuvwuxwuywwawwbwwowwrwwwwxawxwwyawybwyiwymwyrwyy\
        xaaxabxacxadxaexagxaixajxakxalxamxanxaoxapxaqxarxasxatxauxavxawxayxbaxbbxbc\
        xbdxbexbgxbixbjxbmxbnxboxbpxbrxbwxbxxbyxcbxccxcexcgxchxclxcmxcnxcoxcrxctxcu\
        xcvxcwxcyxdaxdcxdkxdmxdoxdyxebxedxegxelxemxepxerxesxetxeuxfaxgaxgbxgdxgfxgg\
        xgixglxgmxgnxgrxguxgwxh_xhaxhcxhdxhexhoxhrxhtxhuxhvxiaxibxiixilxinxipxirxis\
        xivxiyxjbxjtxkaxkbxkcxkdxkexkfxkgxkhxkixkjxkkxklxknxkoxkpxkqxkrxksxktxkuxkv\
        xkwxkxxkyxkzxlaxlbxlcxldxlexlgxlixlnxloxlpxlsxluxlyxmaxmbxmcxmdxmexmfxmgxmh\
        xmjxmkxmlxmmxmnxmoxmpxmqxmrxmsxmtxmuxmvxmwxmxxmyxmzxnaxnbxndxngxnhxnixnjxnk\
        xnmxnnxnoxnqxnrxnsxntxnuxnyxnzxocxodxogxoixokxomxonxooxopxorxowxpaxpbxpcxpd\
        xpexpfxpgxphxpixpjxpkxplxpmxpnxpoxppxpqxprxpsxptxpuxpvxpwxpxxpyxpzxqaxqtxra\
        xrbxrdxrexrgxrixrmxrnxrqxrrxrtxruxrwxsaxsbxscxsdxsexshxsixsjxslxsmxsnxsoxsp\
        xsqxsrxssxsuxsvxsyxtaxtbxtcxtdxtextgxthxtixtjxtlxtmxtnxtoxtpxtqxtrxtsxttxtu\
        xtvxtwxtyxtzxuaxubxudxugxujxulxumxunxuoxupxurxutxuuxvexvixvnxvoxvsxwaxwcxwd\
        xwexwgxwjxwkxwlxwoxwrxwtxwwxxbxxkxxmxxrxxtxyaxybxyjxykxylxytxyyxzhxzmxzpyaa\
        yabyacyadyaeyafyagyahyaiyajyakyalyamyanyaoyapyaqyaryasyatyauyavyawyaxyayyaz\
        ybaybbybdybeybhybiybjybkyblybmybnyboybxybyychyclycnycpydayddydeydgydkydsyea\
        yecyeeyeiyejyelyenyeryesyetyeuyevyeyygaygiyglygmygpygrygsyguygwyhayhdyhlyhs\
        yi_yiayidyifyigyihyiiyijyikyilyimyinyipyiqyiryisyityiuyivyixyiyyizykaykgyki\
        ykkyklykmyknykoykryktykuykyylaylbyleylgyliyllylmylnyloylryluylyymaymbymcymd\
        ymeymgymhymiymkymlymmymnymoympymqymrymsymtymxymzynayndyneyngynhynkynlynnyno\
        ynqynsynuyo_yobyogyoiyokyolyomyonyoryosyotyoxyoyypaypbypgyphypkypmypnypoypp\
        ypzyrayrbyreyriyrkyrlyrmyrnyroyrsyrwyryyscysdysgyslysmysnysoyspysryssysyyta\
        ytlytpytwytyyuayubyucyudyueyufyugyuiyujyukyulyumyunyupyuqyuryutyuuyuwyuxyuy\
        yuzyvayvtywaywgywlywnywqywrywtywuywwyxayxgyxlyxmyxuyxyyyryyuyyzyzgyzkza_zaa\
        zabzaczadzaezafzagzahzaizajzakzalzamzaozapzaqzarzaszatzauzavzawzaxzayzazzba\
        zbczbezblzbtzbuzbwzcazchzdjzeazegzehzenzgazgbzghzgmzgnzgrzh_zhazhbzhdzhizhn\
        zhozhwzhxziazibzikzilzimzinzirziwzizzkazkbzkdzkgzkhzkkzknzkozkpzkrzktzkuzkv\
        zkzzlazlezljzlmzlnzlqzlszlwzmazmbzmczmdzmezmfzmgzmhzmizmjzmkzmlzmmzmnzmozmp\
        zmqzmrzmszmtzmuzmvzmwzmxzmyzmzznazndznezngznkznszoczohzomzoozoqzorzoszpazpb\
        zpczpdzpezpfzpgzphzpizpjzpkzplzpmzpnzpozppzpqzprzpszptzpuzpvzpwzpxzpyzpzzqe\
        zrazrgzrnzrozrpzrszsazskzslzsmzsrzsuzteztgztlztmztnztpztqztszttztuztxztyzu_\
        zuazuhzulzumzunzuyzwazxxzybzygzyjzynzypzzazzj\
    ";

    /// Region subtags, upper case or 3 digits.
    /// 665 entries of 3 bytes, sorted, padded with `_`.
    pub(in crate::locale) const REGIONS: &str = "\
        001002003004005008009010011012013014015016017018019020021024028029030031032\
        034035036039040044048050051052053054056057060061062064068070072074076084086\
        090092096100104108112116120124132136140142143144145148150151152154155156158\
        162166170172174175178180184188191192196200202203204208212214218222226230231\
        232233234238239242246248249250254258260262266268270275276278280288292296300\
        304308312316320324328332334336340344348352356360364368372376380384388392398\
        400404408410414417418419422426428430434438440442446450454458462466470474478\
        480484492496498499500504508512516520524528530531532533534535536540548554558\
        562566570574578580581582583584585586591598600604608612616620624626630634638\
        642643646652654659660662663666670674678682686688690694702703704705706710716\
        720724728729732736740744748752756760762764768772776780784788792795796798800\
        804807810818826830831832833834840850854858860862876882886887890891894958959\
        960962963964965966967968969970971972973974975976977978979980981982983984985\
        986987988989990991992993994995996997998999AA_AC_AD_AE_AF_AG_AI_AL_AM_AN_AO_\
        AQ_AR_AS_AT_AU_AW_AX_AZ_BA_BB_BD_BE_BF_BG_BH_BI_BJ_BL_BM_BN_BO_BQ_BR_BS_BT_\
        BU_BV_BW_BY_BZ_CA_CC_CD_CF_CG_CH_CI_CK_CL_CM_CN_CO_CP_CR_CS_CT_CU_CV_CW_CX_\
        CY_CZ_DD_DE_DG_DJ_DK_DM_DO_DY_DZ_EA_EC_EE_EG_EH_ER_ES_ET_EU_EZ_FI_FJ_FK_FM_\
        FO_FQ_FR_FX_GA_GB_GD_GE_GF_GG_GH_GI_GL_GM_GN_GP_GQ_GR_GS_GT_GU_GW_GY_HK_HM_\
        HN_HR_HT_HU_HV_IC_ID_IE_IL_IM_IN_IO_IQ_IR_IS_IT_JE_JM_JO_JP_JT_KE_KG_KH_KI_\
        KM_KN_KP_KR_KW_KY_KZ_LA_LB_LC_LI_LK_LR_LS_LT_LU_LV_LY_MA_MC_MD_ME_MF_MG_MH_\
        MI_MK_ML_MM_MN_MO_MP_MQ_MR_MS_MT_MU_MV_MW_MX_MY_MZ_NA_NC_NE_NF_NG_NH_NI_NL_\
        NO_NP_NQ_NR_NT_NU_NZ_OM_PA_PC_PE_PF_PG_PH_PK_PL_PM_PN_PR_PS_PT_PU_PW_PY_PZ_\
        QA_QM_QN_QO_QP_QQ_QR_QS_QT_QU_QV_QW_QX_QY_QZ_RE_RH_RO_RS_RU_RW_SA_SB_SC_SD_\
        SE_SG_SH_SI_SJ_SK_SL_SM_SN_SO_SR_SS_ST_SU_SV_SX_SY_SZ_TA_TC_TD_TF_TG_TH_TJ_\
        TK_TL_TM_TN_TO_TP_TR_TT_TV_TW_TZ_UA_UG_UK_UM_UN_US_UY_UZ_VA_VC_VD_VE_VG_VI_\
        VN_VU_WF_WK_WS_XA_XB_XC_XD_XE_XF_XG_XH_XI_XJ_XK_XL_XM_XN_XO_XP_XQ_XR_XS_XT_\
        XU_XV_XW_XX_XY_XZ_YD_YE_YT_YU_ZA_ZM_ZR_ZW_ZZ_\
    ";
}
