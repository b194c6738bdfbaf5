// @generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh
//
// Generator: scripts/gen_locale_tables.py
// Source: langcodes 3.5.1 (PyPI): its CLDR validity data and aliases, and the IANA
// language subtag registry it ships (File-Date 2021-08-06)
//
// Each table lists the subtags langcodes.tag_is_valid accepts in that position.

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

/// Primary language subtags of 2 or 3 letters, lower case.
/// 8940 entries of 3 bytes, sorted, padded with `_`.
pub(super) const LANGUAGES: &str = "\
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

/// Primary language subtags of 4 letters (CLDR aliases such as `root`).
pub(super) const LANGUAGES_4: &[&str] = &["root"];

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

/// Region subtags, upper case or 3 digits.
/// 665 entries of 3 bytes, sorted, padded with `_`.
pub(super) const REGIONS: &str = "\
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

/// Whole tags (lower case) that langcodes replaces before parsing; all valid.
/// Includes the 26 grandfathered tags of RFC 5646.
#[rustfmt::skip]
pub(super) const WHOLE_TAGS: &[&str] = &[
    "aa-saaho",
    "art-lojban",
    "cel-gaulish",
    "en-gb-oed",
    "hy-arevmda",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "no-bok",
    "no-bokmal",
    "no-nyn",
    "no-nynorsk",
    "sgn-be-fr",
    "sgn-be-nl",
    "sgn-br",
    "sgn-ch-de",
    "sgn-co",
    "sgn-de",
    "sgn-dk",
    "sgn-es",
    "sgn-fr",
    "sgn-gb",
    "sgn-gr",
    "sgn-ie",
    "sgn-it",
    "sgn-jp",
    "sgn-mx",
    "sgn-ni",
    "sgn-nl",
    "sgn-no",
    "sgn-pt",
    "sgn-se",
    "sgn-us",
    "sgn-za",
    "und-aaland",
    "und-arevela",
    "und-arevmda",
    "und-bokmal",
    "und-hakka",
    "und-hepburn-heploc",
    "und-lojban",
    "und-nynorsk",
    "und-saaho",
    "und-xiang",
    "zh-cmn",
    "zh-cmn-hans",
    "zh-cmn-hant",
    "zh-gan",
    "zh-guoyu",
    "zh-hakka",
    "zh-min",
    "zh-min-nan",
    "zh-wuu",
    "zh-xiang",
    "zh-yue",
];

/// The grandfathered tags of RFC 5646 section 2.2.8 (lower case), which have
/// no inner structure.
#[rustfmt::skip]
pub(super) const GRANDFATHERED: &[&str] = &[
    "art-lojban",
    "cel-gaulish",
    "en-gb-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "no-bok",
    "no-nyn",
    "sgn-be-fr",
    "sgn-be-nl",
    "sgn-ch-de",
    "zh-guoyu",
    "zh-hakka",
    "zh-min",
    "zh-min-nan",
    "zh-xiang",
];

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
