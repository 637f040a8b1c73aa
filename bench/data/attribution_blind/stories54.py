# ruff: noqa: E501  (one paragraph a line; Arabic script)
"""Invented stories of the fifty-fourth blind set: news of Francophone Africa, the Maghreb and
Haiti, in French, Arabic and English. All names, places' details and figures are invented."""

from __future__ import annotations

Story = tuple[str, list[str]]

STORIES54: dict[str, dict[str, Story]] = {
    "fr": {
        "dakar_brt": (
            "BRT de Dakar : le service de nuit prolongé jusqu'à Guédiawaye dès avril",
            [
                "Les bus rapides de Dakar rouleront désormais jusqu'à une heure du matin entre la gare de Petersen et le terminus de Guédiawaye, a annoncé jeudi soir la société d'exploitation.",
                "Le prolongement concerne quatorze stations et mobilisera onze véhicules articulés supplémentaires, selon le directeur de l'exploitation, Mamadou Lamine Thiaw.",
                "« Les travailleurs du port et des marchés finissent tard, ils devaient jusqu'ici payer deux cars rapides pour rentrer », a expliqué Awa Ndiaye Sarr, responsable d'une association d'usagers de Pikine.",
                "Le ticket de nuit restera au prix de jour, soit 400 francs CFA pour un trajet court, et les cartes mensuelles seront valables sans supplément.",
                "Une phase d'essai de trois mois permettra de mesurer la fréquentation avant une éventuelle extension aux dimanches soir.",
            ],
        ),
        "kaolack_sel": (
            "Kaolack : les saulniers de Kahone s'organisent face à la chute des prix du sel",
            [
                "Près de six cents producteurs de sel des bords du Saloum se sont réunis mercredi à Kahone pour fixer un prix plancher du sac de cinquante kilos.",
                "La campagne a été abondante, mais le sac se négocie à 1 750 francs CFA au bord des bassins, contre 2 600 francs l'an dernier, selon la coopérative Sine-Saloum Sel.",
                "Les femmes, qui assurent l'essentiel de la récolte et du lavage, réclament un hangar commun pour stocker la production jusqu'à la saison des pluies, quand les cours remontent.",
                "« Si nous vendons tous en même temps, ce sont les camionneurs qui fixent le prix », résume Fatou Diouf Ba, présidente du groupement de Ndiaffate.",
                "La chambre de commerce régionale a promis d'étudier un crédit de stockage avant la fin du mois d'avril.",
            ],
        ),
        "abidjan_bateaubus": (
            "Abidjan : une nouvelle gare lagunaire ouvre à Abobo-Doumé",
            [
                "Les bateaux-bus de la lagune Ébrié desservent depuis lundi une nouvelle gare à Abobo-Doumé, la neuvième du réseau, qui relie Attécoubé au Plateau en dix-huit minutes.",
                "L'embarcadère, construit sur pilotis, compte deux pontons, une billetterie et un parking pour quatre-vingts motos, a précisé l'opérateur.",
                "Les pêcheurs du village ont obtenu qu'un couloir leur soit réservé le long de la rive, après trois réunions avec la mairie d'Attécoubé.",
                "Le ticket coûte 300 francs CFA, et une rotation part toutes les vingt minutes aux heures de pointe, du lundi au samedi.",
                "Les habitants espèrent que la nouvelle liaison allégera les embouteillages du boulevard de la Paix, où les gbakas mettent parfois une heure pour rejoindre le centre.",
            ],
        ),
        "bouake_anacarde": (
            "Bouaké : un entrepôt coopératif pour sauver la noix de cajou des intermédiaires",
            [
                "Une coopérative de cent quarante producteurs d'anacarde de la région du Gbêkê a inauguré jeudi un entrepôt de 2 000 tonnes à la sortie nord de Bouaké.",
                "Jusqu'ici, les planteurs vendaient la noix brute sur le bord des pistes, souvent en dessous du prix bord champ fixé en début de campagne.",
                "« Avec le magasin, nous pouvons peser, sécher et attendre les acheteurs sérieux », explique Yao Kouamé Séraphin, secrétaire de la coopérative Anouanzè du Centre.",
                "La construction a coûté 186 millions de francs CFA, financés pour moitié par un prêt bancaire remboursable sur six ans.",
                "Une petite unité de décorticage doit suivre l'an prochain, pour que les amandes soient vendues sur place plutôt qu'exportées brutes.",
            ],
        ),
        "bamako_pirogues": (
            "Bamako : l'étiage du Niger ralentit les pirogues vers Koulikoro",
            [
                "Le niveau du fleuve Niger est descendu cette semaine à quarante-deux centimètres à l'échelle de Bamako, ce qui oblige les piroguiers à décharger une partie des sacs avant les bancs de sable.",
                "Le trajet vers Koulikoro, qui prenait quatre heures, en demande désormais près de sept, et le prix du passage est monté de 1 500 à 2 000 francs CFA.",
                "Les commerçantes de poisson fumé du marché de Médine disent perdre une partie de leur marchandise, faute d'arriver avant la chaleur de midi.",
                "« Nous poussons les pirogues à la main sur des centaines de mètres », raconte Bakary Traoré, piroguier depuis vingt ans au port de Magnambougou.",
                "Les services de l'hydraulique prévoient une remontée des eaux seulement à partir de la mi-juin.",
            ],
        ),
        "ouaga_maraichage": (
            "Ouagadougou : les maraîchers du barrage n°3 rationnent l'eau",
            [
                "Les quelque neuf cents maraîchers installés autour du barrage n°3 de Ouagadougou n'arrosent plus leurs planches qu'un jour sur deux, sur décision de leur comité de gestion.",
                "Le plan d'eau a perdu près d'un mètre depuis janvier, et les motopompes doivent être déplacées chaque semaine pour atteindre la retenue.",
                "Les choux et les oignons destinés aux marchés de Sankar-Yaaré et de Zogona se font plus rares, et leur prix a presque doublé en un mois.",
                "« Nous préférons partager l'eau que de voir les plus riches tout pomper », affirme Salimata Ouédraogo, productrice de laitue depuis quinze ans.",
                "Le comité demande à la commune de curer le barrage avant la prochaine saison des pluies, un chantier estimé à quatre mois.",
            ],
        ),
        "kinshasa_caniveaux": (
            "Kinshasa : curage des caniveaux de Ndjili avant les dernières pluies",
            [
                "Trois cents jeunes recrutés par la commune de Ndjili ont commencé lundi à curer les caniveaux de l'avenue Kimwenza, où l'eau avait envahi deux écoles en février.",
                "Les équipes retirent chaque jour près de quarante tonnes de déchets plastiques et de sable, évacués par camion vers le site de Mpasa.",
                "Chaque ouvrier reçoit 8 000 francs congolais par jour, une somme payée par téléphone mobile pour éviter les intermédiaires, selon le bourgmestre adjoint.",
                "« Quand il pleut, nos enfants ne peuvent pas aller à l'école pendant trois jours », témoigne Mama Nsimba, vendeuse de pain au rond-point Ngaliema.",
                "Le chantier doit couvrir douze kilomètres de caniveaux d'ici la fin du mois d'avril.",
            ],
        ),
        "kivu_cafe": (
            "Nord-Kivu : les caféiculteurs de Rubare exportent leur premier conteneur",
            [
                "Une coopérative de caféiculteurs de Rubare, dans le territoire de Rutshuru, a chargé mercredi son premier conteneur d'arabica lavé destiné à un torréfacteur belge.",
                "Les dix-neuf tonnes de café ont été triées à la main pendant trois semaines par une soixantaine de femmes de la station de lavage.",
                "Le kilo a été vendu 5,10 dollars, près du double de ce que proposaient les acheteurs ambulants de la zone l'an dernier.",
                "« La route jusqu'à Goma reste notre plus gros souci, il faut parfois deux jours pour faire cent kilomètres », reconnaît Jean-Bosco Habimana, gérant de la coopérative.",
                "La coopérative espère expédier deux autres conteneurs avant la fin de la récolte, en juin.",
            ],
        ),
        "rabat_tram": (
            "Rabat-Salé : les travaux de la ligne 3 du tramway entrent dans le quartier Hay Karima",
            [
                "Les engins de chantier de la troisième ligne du tramway de Rabat-Salé sont entrés cette semaine dans le quartier Hay Karima, à Salé, où la circulation est déviée par deux rues parallèles.",
                "La ligne doit compter quatorze stations sur neuf kilomètres et relier le quartier à la gare de Salé-Tabriquet d'ici l'été 2029.",
                "Les commerçants de l'avenue principale craignent deux années de poussière et de clients découragés, et réclament un étalement des travaux par tronçons.",
                "« Nous voulons le tramway, mais pas au prix de nos boutiques », dit Abdelilah Berrada, qui tient une droguerie depuis 1994.",
                "La société du tramway a promis des passages piétons provisoires tous les cent mètres et une réunion mensuelle avec les riverains.",
            ],
        ),
        "oran_dessalement": (
            "Oran : la station de dessalement de Cap Blanc atteint sa pleine capacité",
            [
                "La station de dessalement de Cap Blanc, à l'ouest d'Oran, produit depuis cette semaine 300 000 mètres cubes d'eau par jour, sa pleine capacité, selon la direction des ressources en eau de la wilaya.",
                "L'eau dessalée permet de rétablir une distribution quotidienne dans les communes d'Aïn El Turck, de Bousfer et de Mers El Kébir, alimentées un jour sur deux depuis l'été.",
                "Une conduite de vingt-sept kilomètres relie la station aux réservoirs de Djebel Murdjadjo, d'où l'eau est répartie vers les quartiers.",
                "Les habitants de la corniche oranaise espèrent que les coupures de l'été ne se répéteront pas pendant la saison estivale.",
                "Un second module doit être raccordé l'an prochain pour desservir la daïra de Boutlélis.",
            ],
        ),
        "sfax_olive": (
            "Sfax : les huileries tournent à plein malgré la baisse des prix à l'export",
            [
                "Les huileries de la région de Sfax ont trituré depuis novembre près de 310 000 tonnes d'olives, un volume record, mais le prix du litre à l'export a reculé de près d'un tiers.",
                "Les exportateurs signalent des contrats signés à 4,2 euros le kilo d'huile vierge extra, contre plus de six euros au début de la saison précédente.",
                "Les petits oléiculteurs de Jebeniana et d'El Hencha disent couvrir à peine les frais de cueillette, payée quarante dinars par jour aux ouvrières.",
                "« La récolte est belle, mais les marchés européens ont profité de la concurrence », observe Mongi Ben Salah, propriétaire d'une huilerie à Sakiet Ezzit.",
                "Le conseil oléicole régional propose de stocker une partie de la production pour la vendre en bouteille au second semestre.",
            ],
        ),
        "jacmel_masques": (
            "Jacmel : les artisans du papier mâché relancent les ateliers après le carnaval",
            [
                "Une trentaine d'artisans de Jacmel ont rouvert cette semaine les ateliers du quartier de la Gosseline, fermés depuis le carnaval faute de commandes.",
                "Masques, perroquets et poissons en papier mâché partent désormais vers des boutiques de Montréal et de Miami, grâce à une association de la diaspora qui regroupe les envois.",
                "Une pièce moyenne se vend entre 1 500 et 4 000 gourdes, mais le transport jusqu'à Port-au-Prince reste cher et incertain.",
                "« Nous avons des mains et des idées, il nous manque seulement la route », dit Wilner Désir, sculpteur depuis trois décennies.",
                "L'association prévoit une exposition-vente au centre d'art de la ville pendant les vacances de Pâques.",
            ],
        ),
        "douala_cacao": (
            "Douala : le cacao du Moungo attend au port faute de conteneurs",
            [
                "Près de neuf cents tonnes de fèves de cacao venues du département du Moungo attendent depuis deux semaines dans les magasins du port de Douala, faute de conteneurs disponibles.",
                "Les exportateurs paient des frais de stockage de 2 500 francs CFA par tonne et par jour, et certains lots commencent à perdre de leur poids en séchant.",
                "Les producteurs de Penja et de Njombé, payés à la livraison, craignent que les acheteurs ne répercutent ces frais sur le prix de la prochaine campagne.",
                "« Le cacao ne pourrit pas vite, mais la confiance s'abîme », confie Emmanuel Ekwalla, président d'une union de groupements de Loum.",
                "Une compagnie maritime a annoncé l'arrivée de deux cents conteneurs vides la semaine prochaine.",
            ],
        ),
        "saint_louis_barbarie": (
            "Saint-Louis : des filets de sable pour freiner l'érosion de la Langue de Barbarie",
            [
                "Des pêcheurs de Guet-Ndar et des élèves du lycée Ameth Fall ont posé samedi huit cents mètres de filets de sable le long de la plage de Goxu Mbathie, à Saint-Louis.",
                "Ces écrans de branchages et de filets usagés doivent retenir le sable apporté par le vent et reconstituer une dune devant les maisons les plus menacées.",
                "La mer a avancé d'une trentaine de mètres en cinq ans dans ce secteur, et une centaine de familles ont déjà été relogées à l'intérieur des terres.",
                "« Nous n'arrêterons pas l'océan, mais nous pouvons gagner du temps », estime Ousmane Guèye, ancien patron de pirogue.",
                "Un suivi par drone est prévu tous les trois mois pour mesurer la hauteur de sable retenue.",
            ],
        ),
    },
    "ar": {
        "agadir_argan": (
            "تعاونيات الأركان بسوس تطالب بمخازن جماعية بعد موسم جاف",
            [
                "طالبت ثماني عشرة تعاونية نسوية لإنتاج زيت الأركان بإقليم اشتوكة آيت باها بإنشاء مخازن جماعية لحفظ الثمار بعد موسم جاف قلص المحصول إلى النصف.",
                "وقالت رئيسة تعاونية تيفاوين، فاطمة أوبلا، إن ثمن لتر الزيت ارتفع إلى 420 درهما في السوق المحلية، غير أن النساء لا يستفدن من هذا الارتفاع.",
                "وتعتمد التعاونيات على الشراء من الأسر القروية، التي باتت تحتفظ بالثمار انتظارا لأسعار أعلى.",
                "وأوضحت الفاعلة الجمعوية خديجة أمزال أن مخزنا واحدا في كل جماعة قروية يكفي لضمان عمل النساء طوال السنة.",
                "وينتظر أن تعقد التعاونيات لقاء مع المجلس الإقليمي خلال شهر أبريل المقبل.",
            ],
        ),
        "setif_qamh": (
            "سطيف: فلاحو العلمة يستعدون لموسم حصاد مبكر",
            [
                "يستعد فلاحو منطقة العلمة بولاية سطيف لموسم حصاد مبكر بعد أمطار شهر فبراير التي أنعشت حقول القمح الصلب.",
                "وقدرت المصالح الفلاحية المساحة المزروعة بنحو 46 ألف هكتار، مع توقع مردود يفوق 28 قنطارا في الهكتار.",
                "وطالب الفلاحون بفتح نقاط جمع إضافية قرب الحقول لتفادي طوابير الشاحنات أمام مخازن تعاونية الحبوب.",
                "وقال الفلاح عبد الحميد بوزيان إن نقل المحصول يكلفه في كل موسم أكثر مما يكلفه الحرث.",
                "ومن المنتظر أن تنطلق عملية الحصاد في الأسبوع الأول من شهر يونيو.",
            ],
        ),
        "nabeul_fakhar": (
            "نابل: حرفيو الفخار يبحثون عن أسواق جديدة",
            [
                "يواجه حرفيو الفخار بمدينة نابل تراجعا في الطلب المحلي دفع عددا من الورشات إلى تقليص عدد العمال إلى النصف.",
                "وأوضح رئيس غرفة الحرف بالجهة، الهادي الزواري، أن كلفة الطين والطلاء ارتفعت بنحو الثلث خلال سنة واحدة.",
                "ويراهن الحرفيون على المعارض الخارجية والبيع عبر الإنترنت لتصريف الأواني المزخرفة والجرار التقليدية.",
                "وقال الحرفي منصف القلال إن ورشته تشغل اليوم أربعة عمال بعد أن كانت تشغل اثني عشر.",
                "وتنظم الغرفة في شهر ماي معرضا للفخار بساحة المدينة بمشاركة ستين ورشة.",
            ],
        ),
        "fes_dabbagha": (
            "فاس: ترميم دار الدباغة شوارة يقترب من نهايته",
            [
                "تقترب أشغال ترميم دار الدباغة شوارة بالمدينة العتيقة لفاس من نهايتها، بعد أشغال دامت أربعة عشر شهرا.",
                "وشملت الأشغال إصلاح أحواض الصباغة الحجرية وتقوية الجدران وإنشاء ممرات للزوار فوق الأسطح المجاورة.",
                "ويعمل في الدار نحو ثلاثمائة دباغ، واصلوا عملهم خلال الترميم في الأحواض التي لم تشملها الأشغال.",
                "وقال الدباغ إدريس العلمي إن الحرفيين ينتظرون عودة الزوار بأعداد أكبر بعد افتتاح الممرات الجديدة.",
                "وسيتم تسليم الورش نهائيا في نهاية شهر ماي، حسب مكتب الدراسات المشرف على المشروع.",
            ],
        ),
        "biskra_tamr": (
            "بسكرة: مصدرو دقلة نور يشكون نقص غرف التبريد",
            [
                "يشكو مصدرو تمور دقلة نور بولاية بسكرة من نقص غرف التبريد، ما يجبرهم على بيع جزء من المحصول بأسعار منخفضة.",
                "وتقدر قدرة التخزين المتوفرة بالولاية بنحو 90 ألف طن، في حين تجاوز الإنتاج هذا الموسم 600 ألف طن.",
                "ودعا المصدرون إلى تسهيل القروض لإنجاز غرف تبريد جديدة قرب واحات طولقة وأورلال.",
                "وقال المصدر رشيد بن عيسى إن التمور المخزنة جيدا يمكن بيعها في شهر رمضان بضعف ثمنها.",
                "ويرتقب أن تدخل ثلاث وحدات تبريد جديدة الخدمة قبل نهاية السنة.",
            ],
        ),
    },
    "en": {
        "buea_tea": (
            "Tole tea estate workers return to the slopes of Mount Cameroon",
            [
                "Some four hundred pickers returned on Monday to the Tole tea estate near Buea, where most of the gardens had been left untended for several seasons.",
                "The estate's new managers say sixty hectares have been pruned and weeded since January and the first leaf will go to the factory in April.",
                "Pickers are paid by the kilogram, and a good day on the lower terraces brings in about 3,500 CFA francs, according to a workers' delegate, Mary Enanga.",
                '"Many of us have children at school in Buea, and this is the only work near home," said Peter Ndive, who first picked tea on the estate in 1991.',
                "The company plans to bring another forty hectares back into production by the end of the year.",
            ],
        ),
        "haiti_transferts": (
            "Haitian families in Little Haiti weigh new fees on money transfers",
            [
                "Money-transfer shops along Northeast Second Avenue in Miami's Little Haiti say customers are sending smaller sums more often since fees went up this month.",
                "A typical transfer of 200 dollars to Port-au-Prince now costs about 14 dollars at the counter, and more for delivery to provincial towns such as Hinche or Jérémie.",
                "Some senders are switching to mobile wallets, but relatives in the countryside often have to travel to a larger town to cash out.",
                '"My mother does not trust the phone, she wants to go to the window," said Marie-Claude Joseph, a home-care worker who sends money twice a month.',
                "Community groups plan a workshop next month to compare fees and explain the new mobile services.",
            ],
        ),
        "ouarzazate_solar": (
            "Ouarzazate's solar complex trains local technicians for its next phase",
            [
                "Forty young technicians from villages around Ouarzazate finished a nine-month training course this week at the Noor solar complex, the first group recruited from the province.",
                "The course covered mirror cleaning, turbine maintenance and safety work at height, and most graduates have been offered one-year contracts.",
                "Families in the Ghessat and Tarmigte districts have long complained that the plant hired engineers from Casablanca and Rabat rather than local workers.",
                '"I grew up watching the mirrors being built, now I know how they work," said Youssef Aït Lahcen, one of the graduates.',
                "A second group of fifty trainees is expected to start in September.",
            ],
        ),
        "saint_louis_gas": (
            "Saint-Louis fishermen seek a say in offshore gas safety zone",
            [
                "Fishermen's associations in Saint-Louis have asked to join the committee that sets the safety zone around the offshore gas platform, saying their catches have fallen since it opened.",
                "Pirogues are kept at least five hundred metres from the installation, which sits on a rocky reef where grouper and snapper used to gather.",
                "The associations say about three hundred pirogues from Guet-Ndar used to fish the reef during the cold season.",
                '"We are not against the gas, we only ask to be counted," said Moustapha Sall, who speaks for the Guet-Ndar fishing committee.',
                "A meeting with the regional fisheries service is planned for mid-April.",
            ],
        ),
    },
}
