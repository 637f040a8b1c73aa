# ruff: noqa: E501  (prose: one paragraph a line; quotes and dashes as written)
"""Story prose of the forty-second blind set: invented reports from places none of the earlier sets' stories
were set in, in English and twelve languages of South Asia, Southeast Asia and Africa. Each story is
(headline, paragraphs); a page may carry only its first paragraphs (a brief)."""

from __future__ import annotations

# English
EN: dict[str, tuple[str, list[str]]] = {
    'en_alappuzha': (
        'Alappuzha houseboats given till March 31 to fit sealed toilets or lose licences',
        [
            'Houseboat operators in Alappuzha have been given until March 31 to replace open discharge toilets with sealed bio-tanks, after water tests at six points on Vembanad Lake found faecal bacteria at more than forty times the safe bathing limit.',
            "The order, issued on Tuesday by the district's port officer, applies to all 1,146 registered houseboats and shikara boats that operate from the Punnamada and Pallathuruthy jetties. Boats that have not fitted the tanks by the deadline will not have their licences renewed for the coming tourist season, the order says.",
            '"We have given this warning three times in four years, and every time the date was pushed back," said Saritha Menon, the port officer. "This time the inspection teams will go boat by boat. The lake cannot carry this load any longer."',
            'A sealed tank costs between ₹65,000 and ₹90,000 to install, depending on the number of bedrooms on the boat. Owners of the smaller two-room boats, many of whom took loans after the slump in bookings of the last two seasons, say they cannot find that money in six weeks.',
            '"The big operators with twenty boats will manage. The man with one boat and one bank loan will sink," said Thomas Kuriakose, who runs a two-bedroom boat with his brother and chairs a small owners\' association at Kainakary. He said the association would ask the district collector for an instalment scheme.',
            'The only sewage treatment barge on the lake, moored near the Finishing Point since 2024, can take in the waste of about 90 boats a day, officials said. A second barge has been ordered but is not expected before the monsoon, which means tanks will have to be emptied by tanker lorries at the jetties in the meantime.',
            'Fishermen who work the southern part of the lake welcomed the order. They say catches of pearl spot and freshwater prawn near the houseboat moorings have fallen sharply, and that children in the lakeside wards of Kainakary and Kuttamangalam suffer from skin infections every summer.',
            'The tourism department said bookings for March and April were already ten per cent higher than last year, and that it did not expect the order to keep boats off the water if owners act now.',
            'Operators who have already fitted tanks said the cost had been worth it. "Guests ask about it now, especially the foreigners," said Anitha Varghese, whose family runs four boats from Pallathuruthy. "They see the dirty water near the jetty and they want to know where our waste goes."',
            'The district has also asked the panchayats along the lake to stop homes and resorts from emptying septic tanks into canals that drain into the lake, which officials said was as big a source of pollution as the boats.',
        ],
    ),
    'en_nellore': (
        'White spot outbreak empties prawn ponds along the Nellore coast',
        [
            'Shrimp farmers in the coastal mandals of Nellore district have drained more than 2,300 acres of ponds in the past three weeks after an outbreak of white spot disease, with many harvesting their prawns at less than half the weight buyers pay full price for.',
            'Fisheries officials said the virus was first confirmed in ponds at Kota and Vakadu in late January, after a run of cold nights brought water temperatures down below 24 degrees Celsius. Stressed prawns stop feeding at that temperature, and the virus spreads quickly from pond to pond through shared inlet canals.',
            '"In four days the whole pond was gone," said Venkata Ramana Reddy, who farms eleven acres near Tupilipalem. "I had fed them for seventy days. I sold what I could at 40 count and the rest went into the ground with lime."',
            'Processors in the district said they were paying ₹230 a kilo for prawns of 40 to the kilo, against ₹390 for the 30-count size that most farmers aim for. Several plants have cut shifts because the supply they expected in February did not come.',
            'The district fisheries officer, P. Lakshmi Prasanna, asked farmers not to release pond water into the common drains without treating it with chlorine, and not to stock new seed until the temperature rises in March. Teams are testing water from the main canals at Kota, Vakadu and Chillakur every two days, she said.',
            "Farmers say the advice comes too late for this crop. Many took loans from feed dealers, who are repaid only after the harvest, and now face debts of ₹3 lakh to ₹5 lakh an acre. A farmers' association has asked the state government to treat the outbreak as a natural calamity so that crop loans can be rescheduled.",
            'Hatchery owners said demand for new seed had almost stopped, and that some were destroying larvae they could not sell.',
            'The outbreak has also hit the workers who net, sort and ice the prawns at harvest. Gangs of eight to ten labourers from villages around Gudur are usually booked for weeks ahead in February, but contractors said most had found no work since the first ponds were drained.',
            'Scientists at the state fisheries university said farms that kept reservoir ponds, treated incoming water and kept birds away with nets had done better, and that the losses showed how quickly the disease moves where dozens of farms share a single canal. They have proposed that groups of neighbouring farmers stock and harvest at the same time, so that canals can be cleaned between crops.',
            'Some farmers are considering a switch to sea bass or mud crab for the rest of the year, though both need more labour and a different kind of buyer. "Prawn is what we know," Mr Reddy said. "But I cannot take another loan for the same thing and lose it again."',
        ],
    ),
    'en_badulla': (
        'Sixty families moved from Badulla estate line rooms as hillside cracks widen',
        [
            'Sixty families living in estate line rooms at Ketawala, in the Badulla district, were moved to a school and a temple hall on Tuesday after cracks in the slope above their homes widened by nearly ten centimetres in a week.',
            'Geologists from the National Building Research Organisation, who inspected the site on Monday, said the slope showed clear signs of movement and recommended that the line rooms not be used until drainage work was carried out. No rain is forecast for the next few days, but officials said they did not want to take the risk.',
            '"The water comes out of the ground where it never came before, and the back wall of my room has opened like a door," said Muniyandi Selvaraj, a tea plucker who has lived in the same line room for thirty-one years. "We left with the children and the cooking pots. The rest is still inside."',
            'The families, about 240 people in all, are being fed by the divisional secretariat with help from the estate management and a temple society in Passara. The school has been closed to pupils for the week, and classes have been moved to a nearby church hall.',
            'The line rooms, built in the 1930s, have been the subject of complaints for years. Workers say that new houses promised under a housing programme for estate workers in 2019 were never built on the estate because the company and the state could not agree on land.',
            "The estate's superintendent said the company would pay for temporary sheds on flat land near the factory while a permanent site was found. He said plucking would continue on the upper divisions, which were not affected.",
            'Disaster management officials in Badulla said they were checking eleven other estate settlements in the district where residents had reported cracks or new springs since the heavy rains of December.',
            "Residents said the estate's only road, which runs along the foot of the slope, had also begun to crack near the factory, and that lorries taking leaf to the factory had been told to use a longer route through the lower division. Parents said the walk to the temporary shelter took children past the cracked section each morning.",
            'The plantation workers\' union in the district said it would ask the company and the ministry responsible for estate housing to set a date for the new houses, and that it would not accept another temporary arrangement that lasted for years. "Every monsoon we count the cracks," a union organiser in Passara said. "This time the ground counted them for us."',
            'Officials said that if the slope continued to move, the remaining houses at the upper end of the settlement, where another fourteen families live, would also be cleared.',
        ],
    ),
    'en_mawlamyine': (
        'Trucks queue for hours as Mawlamyine bridge weight limit cut after inspection',
        [
            'Lines of cargo trucks stretched for more than three kilometres on both sides of the Thanlwin bridge at Mawlamyine on Tuesday, a day after engineers cut the weight limit on the bridge from 60 tonnes to 30 tonnes following an inspection of its bearings.',
            "The bridge, which opened in 2006, is the only road crossing of the river's mouth and carries most of the goods moving between Yangon and the southern towns of Mon State and the Tanintharyi region. Drivers said they were waiting six to eight hours to cross because heavy loads now had to be split between two vehicles at the approach roads.",
            '"I carry rubber sheets to Yangon. Now I must unload half onto another truck and pay for it," said Ko Zaw Min Htet, a driver from Thanbyuzayat. "The price of transport has gone up by one third in one day."',
            'Officials of the construction ministry said the inspection found corrosion in several bearings on the eastern spans, and that the lower limit would stay until replacement parts arrived. They gave no date for the work.',
            'The old ferry service between Mawlamyine and the western bank, which had almost stopped after the bridge opened, has restarted with two car ferries. Ferry operators said they were taking light trucks and motorcycles, and that demand had been far above what they could carry.',
            'Traders at the Zeigyi market said prices of vegetables brought from the Yangon side had risen sharply since Monday, while rubber and fish buyers in town reported that their shipments were stuck at the approach.',
            'The limit has also hit the buses that run overnight between Yangon and Dawei. Operators said passengers were being asked to walk across the bridge while the empty buses crossed one at a time, adding an hour to a journey that already takes more than twelve.',
            'Police have been posted at both ends of the bridge to weigh trucks on portable scales and turn back those above the limit. Drivers said the checks were slow and that some vehicles had been sent back several kilometres to find space to transfer their loads.',
            "Business groups in Mawlamyine said they had written to the state government asking for the repair work to be done at night and in stages, so that the bridge could carry heavier loads during the day. They said the town's fish processors, who send most of their frozen fish to Yangon, could lose buyers if the delays continued for more than a few weeks.",
            'Engineers said the bridge was safe at the lower weight, and that the limit was a precaution to protect it until the work could be done.',
            'For now, the ferries are running from six in the morning until dark, and traders have begun booking places for their trucks a day ahead.',
        ],
    ),
    'en_kampot': (
        'Kampot salt farmers lose half a season to February rain',
        [
            "Salt farmers around Kampot say two days of unseasonal rain last week washed out nearly half of the salt that had been drying in their fields, leaving the province's producers short for a second year in a row.",
            "Salt is made in Kampot and neighbouring Kep by letting seawater evaporate in shallow clay beds from January to May. A single heavy shower can dissolve weeks of work, and the rain on February 9 and 10 came when most fields were full, said Bun Sokha, who heads the Kampot salt producers' association.",
            '"We had about 38,000 tonnes in the fields and in the sheds. We think we lost 15,000 tonnes of what was not yet under a roof," Mr Sokha said. "The families who work the fields are paid by the harvest. For them this is a lost month."',
            "The association said the province needed about 100,000 tonnes for the year, for fish sauce, fish drying and household use. Last year's harvest of about 60,000 tonnes fell short and the gap was filled with salt from Vietnam and Thailand, which costs more at the market.",
            'Workers who rake the fields earn about 30,000 riel a day in the dry months. Many come from villages in Kampong Trach and Chhuk district and return to their rice fields when the salt season ends.',
            'Provincial officials said they were looking at whether farmers could borrow to build more covered storage, so that salt could be moved from the fields more quickly when rain threatens.',
            'Farmers said the loss came on top of rising costs. The plastic sheets some use to line the beds now cost nearly twice what they did before the pandemic, and many young people from the salt villages have left for garment factories near Phnom Penh or for work in Thailand, leaving older relatives to run the fields.',
            '"My father made salt, I make salt, but my son works in Bangkok," said Mrs Chea Sreymom, 54, who works four beds near the Prek Tnaot river. "When it rains like this I understand why he left."',
            'The salt from Kampot and Kep has a geographical indication in Cambodia, and some producers sell smaller amounts of hand-harvested fleur de sel to tourists and restaurants at much higher prices. The association said that trade was growing but was still a small part of the total, and that most salt went to fish sauce makers on the coast and in Phnom Penh.',
            'Weather officials said the rain had been caused by a weak cold front and that dry conditions were expected to return for the rest of February and March, which farmers hope will let them recover part of the loss.',
        ],
    ),
    'en_tacloban': (
        'Tacloban resettlement families go without piped water for a fifth week',
        [
            "More than 1,800 families at a resettlement site in northern Tacloban City have been without piped water for five weeks after a pump at the site's main well burned out, leaving residents to buy water from trucks and tricycle vendors at up to ten times the usual price.",
            'The site, one of several built for families moved from the coast after Typhoon Haiyan, gets its water from two deep wells run by the city. The second well has been producing less than a third of its capacity since December, city officials said.',
            '"We pay ₱30 for one container. For cooking, bathing the children and washing, we need at least five a day," said Marites Bacolod, a mother of four who sells snacks from her house. "That is more than my husband earns on some days."',
            "The city's engineering office said a new pump had been ordered but that the purchase had to go through public bidding, which would take at least another three weeks. Meanwhile the city has sent two fire trucks to deliver water twice a day, but residents say the queues are long and the water runs out before everyone is served.",
            'Barangay officials said cases of diarrhoea among children had risen since the water stopped, and that the city health office had distributed purification tablets to every household.',
            'Residents have asked the city council to let the barangay buy a pump with its own funds so that the supply can be restored before the dry season.',
            'The resettlement site, home to families from the coastal barangays of San Jose and Anibong, is several kilometres from the city centre, and many residents still travel back to the coast each day to fish or to work at the port. Residents said the cost of water had forced some families to send children to stay with relatives in town.',
            '"When we moved here we were told the water would come with the house," said Ramon Dacutanan, a tricycle driver and a leader of the homeowners\' association. "Now we have the house, but we carry the water."',
            'A water district that serves the rest of the city has offered to connect the site to its network, but the connection would need a pipeline of about four kilometres that the city has not yet funded. The city council is expected to take up a request for emergency funds at its session next week.',
            'A church group in the area has set up a water station at its chapel that sells filtered water at cost, and volunteers said they were serving about 300 families a day.',
            'City officials said they would also look into why the second well had lost most of its output, and whether it had been affected by salt water moving inland from the bay.',
        ],
    ),
    'en_akure': (
        'Akure cocoa farmers test warehouse receipts as prices swing',
        [
            'Cocoa farmers around Akure have begun storing their beans in a licensed warehouse and borrowing against the receipts, instead of selling to buyers at the farm gate, in a trial meant to protect them from the sharp price swings of the past two years.',
            'About 420 farmers from Akure North and Idanre have deposited a little over 600 tonnes of dried beans since the warehouse opened in November, its managers said. Each deposit is graded and weighed, and the farmer gets a receipt that a partner bank will lend against at up to 60 per cent of its value.',
            '"Before, the buyer came in the morning and told me the price, and I had no choice because school fees were due," said Mrs Folasade Adeyemi, who farms nine hectares near Ijare. "Now I can wait until the price is better, and the children are still in school."',
            'Cocoa prices rose to record levels in 2024 before falling back, and farmers say the middlemen who buy at the farm gate passed on the falls faster than the rises. Buyers say their own costs, from transport to the interest on the money they advance, are often ignored.',
            'The warehouse charges a storage fee of ₦1,500 per bag per month, which some farmers say is too high for small lots. Its operators said the fee covers fumigation, insurance and guards, and that they would review it after the first season.',
            'State agriculture officials said they would consider building two more warehouses in Ondo State if the trial went well.',
            'The trial is run by a private warehouse operator with the backing of the state government and a group of cooperatives, and follows similar schemes for maize and sorghum in northern Nigeria. Organisers said cocoa was harder because beans must be kept dry and free of insects, and because buyers pay close attention to quality.',
            'Some farmers remain cautious. "They say the bank will lend, but the bank is in town and my farm is far," said Mr Olumide Akinbode, a farmer in Idanre who sold most of his crop at the farm gate this year. He said he would wait to see whether neighbours who used the warehouse were paid on time.',
            'Licensed buying agents, who buy on behalf of exporters, said they supported the scheme as long as the beans in the warehouse met export grades, and that it would help them buy larger lots at once instead of collecting small amounts from many villages.',
            'Organisers said the first loans had been paid out within a week of deposit, and that no farmer had yet defaulted. They said the next step would be to let farmers sell their receipts directly to exporters, without taking the beans out of the warehouse.',
        ],
    ),
    'en_kokstad': (
        'Kokstad households go a week without water as pumps fail again',
        [
            "Large parts of Kokstad have been without running water for seven days after two of the three pumps at the town's main treatment works broke down, the latest in a series of failures that residents say have become a monthly event.",
            'The Greater Kokstad municipality said one pump had burned out after a power surge and the other needed a new motor, which had to be brought from Durban. It said water tankers were being sent to Shayamoya, Bhongweni and the town centre, and that the repairs should be finished by the weekend.',
            '"We fetch water from the tanker at five in the morning before work. By seven it is empty," said Nomvula Mthembu, who lives in Shayamoya with her mother and three children. "The schools send the children home at twelve because the toilets don\'t work."',
            'Businesses in the town centre said they were losing customers, and a hotel on Hope Street said it had cancelled two conferences. The local chamber of business said it had asked the municipality for a maintenance plan for the works several times since 2023.',
            'A municipal spokesperson said a budget for new standby pumps had been approved and that the equipment would be bought in the new financial year. Residents have called a meeting at the town hall for Thursday evening.',
            'It is the fourth time since October that the town has been without water for more than three days. Residents said they had been told each time that the breakdown was unexpected, and that no one had explained why the same pumps kept failing.',
            'Engineers who have worked on the plant said the pumps were more than twenty-five years old and had been repaired many times, and that spare parts were hard to find. They said the power supply to the works, which depends on a single line from the town, was also a problem because frequent outages and surges damaged motors.',
            'Community leaders in Bhongweni said older residents and people living with disabilities were struggling most, because they could not carry water from the tankers. Volunteers from two churches have been taking water to homes in wheelbarrows.',
            'The municipality said it had asked the provincial government for help with the cost of a second power line to the works, and that a team from the provincial water department would visit the plant next week.',
            'Residents who attended a meeting with ward councillors on Monday said they would march to the municipal offices if water was not restored by Friday.',
            "Doctors at the town's clinics said they had seen more children with stomach illnesses this week, and urged residents to boil water collected from streams before drinking it.",
        ],
    ),
    'en_hawassa': (
        'Fishing stopped on Lake Hawassa for the spawning months',
        [
            "Fishing on Lake Hawassa has been stopped for two months from this week to let tilapia and catfish stocks recover, in the first full closure of the lake since the city's fisheries office began counting catches.",
            "Officials said the average daily landing at the city's fish market had fallen from about six tonnes a decade ago to less than two tonnes last year, and that most fish now caught were too young to have spawned. Nets with a mesh smaller than ten centimetres have also been banned.",
            '"We do not want to punish the fishermen. We want there to be fish for their children," said Tesfaye Gebremariam, head of the fisheries office. "If we keep taking the small ones, in five years the lake will be empty."',
            'The closure affects about 1,200 registered fishermen and many more who clean, fry and sell fish along the lake shore, a popular stop for visitors to the city. Cooperatives said members had not been told how they would make a living for two months.',
            'The city administration said it would give members of fishing cooperatives a monthly payment of 3,000 birr during the closure, and that young fishermen would be offered places in a short training course in poultry and vegetable farming.',
            'Fish restaurants along the shore said they would buy from Lake Ziway and Lake Abaya in the meantime, but expected prices to rise.',
            'Fishermen on the shore near the Amora Gedel market said they understood the need for the closure but that two months without income was hard. "I have fished here since I was twelve," said Abebe Tadesse, who works a small wooden boat with his cousin. "The fish are fewer every year, that is true. But the rent does not stop."',
            "Researchers from Hawassa University, who have studied the lake for years, said that pollution from the city's industrial park and from farms around the lake was also hurting the fish, and that a closure alone would not bring stocks back. They called for better treatment of waste water and for buffer zones of trees and grass along the shore.",
            "Patrols of police and fisheries officers will check the shore and the landing sites during the closure, and nets and boats found in use will be confiscated, officials said. Fish sold in the city's markets must come from other lakes, with a document showing where it was caught.",
            'The city said it would review the results after the closure and decide whether to repeat it every year.',
            'Hotel owners in the city said they hoped the closure would not keep visitors away from the shore, where the evening fish market and the boats are a large part of what brings tourists to Hawassa.',
        ],
    ),
    'en_berbera': (
        'Berbera quarantine station fills up ahead of the Hajj livestock season',
        [
            "Holding pens at the livestock quarantine station outside Berbera were nearly full this week as traders brought in sheep and goats for shipment to Saudi Arabia ahead of the Hajj season, the busiest months of the year for the port's livestock trade.",
            'Managers at the station said about 180,000 animals were in the pens on Tuesday, where they are vaccinated, checked by vets and kept for up to three weeks before loading. Three ships are expected at the port before the end of the month.',
            '"Every animal must have its ear tag and its certificate, or the buyer in Jeddah will reject the whole ship," said Dr Abdirahman Yusuf, one of the station\'s vets. "We have added night shifts to keep up."',
            'Traders said prices for export-grade sheep had risen to about $95 a head, up from $80 last year, after good rains in the Togdheer and Sahil regions left herds in better condition. Herders from as far as the Ethiopian border have been driving animals towards the coast for weeks.',
            "The trade is the largest source of foreign currency for the region, and the port's officials said they expected to ship more than a million animals this season.",
            'Some traders complained that fees at the station had gone up, and that delays at the gate meant animals lost weight before they were weighed.',
            'The quarantine station was expanded in 2022 with new pens, water troughs and a laboratory, allowing it to test animals for diseases that importers check for. Vets said the laboratory could now test for Rift Valley fever and other diseases on site, instead of sending samples abroad.',
            'For herders, the season is the time when most of the year\'s income is earned. "I sold forty sheep to a trader in Burao, and he will sell them here," said Hassan Ahmed, a herder who walked with his animals for ten days. "If the price is good, my family eats well all year."',
            'Truck owners who carry animals from the inland markets said the road from Burao to Berbera was in good condition, but that the heat near the coast meant animals had to be moved at night to avoid losses.',
            'Port officials said the new livestock berth built last year had cut the time needed to load a ship from three days to less than two, and that they hoped to attract buyers from the Gulf states beyond Saudi Arabia.',
            'Women who sell tea, water and food at the gates of the station said the season was also their busiest time. "When the ships come, we work day and night," said Hodan Ali, who runs a small tea stall under a canvas sheet by the main gate. "In the summer, when there are no ships, we sit and wait."',
        ],
    ),
}

# Marathi
MR: dict[str, tuple[str, list[str]]] = {
    'mr_chiplun': (
        'चिपळूणमधील वाशिष्ठी नदीतील गाळ काढण्याचे काम निधीअभावी रखडले',
        [
            'पावसाळा चार महिन्यांवर आलेला असताना चिपळूण शहरातून वाहणाऱ्या वाशिष्ठी नदीतील गाळ काढण्याचे काम निधी न मिळाल्याने गेल्या तीन आठवड्यांपासून बंद पडले आहे. त्यामुळे बाजारपेठेतील व्यापाऱ्यांमध्ये पुन्हा पुराची भीती व्यक्त केली जात आहे.',
            'जलसंपदा विभागाने डिसेंबरमध्ये गोवळकोट ते बहादूरशेख नाका या पट्ट्यात सुमारे साडेतीन लाख घनमीटर गाळ काढण्याचे नियोजन केले होते. त्यापैकी जेमतेम एक लाख घनमीटर गाळ आतापर्यंत काढण्यात आला असून ठेकेदाराची देयके थकल्याने यंत्रसामग्री नदीपात्रातून हलवण्यात आली आहे.',
            '"२०२१ च्या महापुरात आमचे दुकान छतापर्यंत पाण्यात होते. तेव्हापासून दरवर्षी गाळ काढण्याचे आश्वासन मिळते, पण काम पूर्ण होत नाही," असे बाजारपेठेतील कापड व्यापारी संजय साळवी यांनी सांगितले. व्यापारी संघटनेने या आठवड्यात उपविभागीय अधिकाऱ्यांना निवेदन दिले आहे.',
            'नदीपात्रात साचलेल्या गाळामुळे पात्राची खोली अनेक ठिकाणी दीड ते दोन मीटरने कमी झाली असल्याचे स्थानिक पर्यावरण अभ्यासकांचे म्हणणे आहे. भरती आणि मुसळधार पाऊस एकाच वेळी आल्यास पाणी थेट शहरात शिरते, असे त्यांनी सांगितले.',
            'जलसंपदा विभागाच्या अधिकाऱ्यांनी मात्र निधीसाठी राज्य सरकारकडे प्रस्ताव पाठवला असून मार्चच्या पहिल्या आठवड्यात काम पुन्हा सुरू होईल, असा दावा केला आहे. उर्वरित गाळ काढण्यासाठी सुमारे अकरा कोटी रुपयांची गरज आहे.',
            'नगर परिषदेने शहरातील नाले आणि गटारांची सफाई एप्रिलअखेरपर्यंत पूर्ण करण्याचे वेळापत्रक जाहीर केले आहे. नागरिकांनी नाल्यांमध्ये कचरा टाकू नये, असे आवाहनही करण्यात आले आहे.',
        ],
    ),
    'mr_karad': (
        'कराड परिसरातील गुऱ्हाळघरे मजुरांअभावी अर्ध्या क्षमतेने सुरू',
        [
            'कराड आणि पाटण तालुक्यांतील बहुतेक गुऱ्हाळघरे यंदा मजुरांच्या तुटवड्यामुळे अर्ध्या क्षमतेने चालवली जात आहेत. ऊस तोडणी आणि गूळ बनवण्यासाठी लागणारे मजूर साखर कारखान्यांकडे अधिक मजुरी मिळत असल्याने तिकडे वळले आहेत.',
            'या भागात सुमारे दीडशे गुऱ्हाळघरे असून त्यातील अनेक कुटुंबांकडून पिढ्यानपिढ्या चालवली जातात. एका गुऱ्हाळघराला दिवसाला बारा ते पंधरा मजुरांची गरज असते, मात्र यंदा सात-आठ मजुरांवरच काम भागवावे लागत असल्याचे मालकांनी सांगितले.',
            '"आम्ही दिवसाला सहाशे रुपये देतो, कारखान्याच्या टोळीत त्यांना आठशे मिळतात. आम्ही किती दिवस स्पर्धा करणार," असा प्रश्न वाठार येथील गुऱ्हाळमालक दत्तात्रय पवार यांनी उपस्थित केला.',
            'सेंद्रिय गुळाला पुणे आणि मुंबईच्या बाजारात चांगली मागणी असून दर प्रतिकिलो सत्तर ते ऐंशी रुपयांपर्यंत आहेत. मात्र उत्पादन घटल्याने अनेक व्यापाऱ्यांच्या मागण्या पूर्ण करता आलेल्या नाहीत.',
            'कृषी विभागाने गुऱ्हाळघरांसाठी यांत्रिक चरक आणि सुधारित चुली बसवण्यासाठी अनुदान योजना आणण्याचा विचार सुरू केला आहे. त्यामुळे कमी मजुरांत अधिक काम होऊ शकेल, असे तालुका कृषी अधिकाऱ्यांनी सांगितले.',
        ],
    ),
}

# Telugu
TE: dict[str, tuple[str, list[str]]] = {
    'te_kakinada': (
        'కాకినాడ ఫిషింగ్ హార్బర్\u200cలో పూడిక, లంగరు వేయలేక బోట్ల ఇబ్బందులు',
        [
            'కాకినాడ ఫిషింగ్ హార్బర్\u200cలో పూడిక పేరుకుపోవడంతో మెకనైజ్డ్ బోట్లు జెట్టీ వద్దకు రాలేక సముద్రంలోనే లంగరు వేయాల్సి వస్తోంది. దీంతో చేపలను చిన్న పడవల్లో ఒడ్డుకు చేర్చడానికి మత్స్యకారులు అదనంగా ఖర్చు చేయాల్సి వస్తోంది.',
            'హార్బర్\u200cలో సుమారు ఆరు వందల మెకనైజ్డ్ బోట్లు ఉన్నాయి. ఆటుపోట్ల సమయంలో జెట్టీ వద్ద నీటి లోతు ఒక మీటరు కంటే తక్కువకు పడిపోతోందని, గత ఏడాది డ్రెడ్జింగ్ పనులు సగంలోనే ఆగిపోయాయని బోట్ల యజమానుల సంఘం తెలిపింది.',
            '"ఒక్కో ట్రిప్\u200cకు చేపలు ఒడ్డుకు తేవడానికే ఐదు నుంచి ఏడు వేల రూపాయలు ఖర్చవుతోంది. ఐస్ కరిగిపోయి చేప నాణ్యత తగ్గుతోంది," అని బోటు యజమాని కొండబాబు చెప్పారు.',
            'హార్బర్ ఆధునికీకరణ కోసం కేంద్ర, రాష్ట్ర ప్రభుత్వాలు నిధులు మంజూరు చేసినా పనులు నెమ్మదిగా సాగుతున్నాయని మత్స్యకార నాయకులు ఆరోపిస్తున్నారు. వేట నిషేధ కాలం ఏప్రిల్\u200cలో మొదలయ్యేలోగా డ్రెడ్జింగ్ పూర్తి చేయాలని వారు డిమాండ్ చేస్తున్నారు.',
            'మత్స్యశాఖ అధికారులు స్పందిస్తూ డ్రెడ్జింగ్ కోసం కొత్త టెండర్లు పిలిచామని, మార్చి మొదటి వారంలో పనులు మళ్లీ ప్రారంభమవుతాయని తెలిపారు. అప్పటివరకు రాత్రి పూట ఆటు సమయంలో బోట్లు జెట్టీకి రావద్దని సూచించారు.',
            'హార్బర్\u200cపై ఆధారపడి సుమారు ఇరవై వేల కుటుంబాలు జీవిస్తున్నాయి. చేపలు ఎండబెట్టే మహిళలు, ఐస్ ఫ్యాక్టరీల కార్మికులు కూడా ఈ సమస్యతో నష్టపోతున్నారు.',
        ],
    ),
    'te_warangal': (
        'ఎనుమాముల మార్కెట్\u200cలో పడిపోయిన మిర్చి ధరలు, రైతుల ఆందోళన',
        [
            'వరంగల్\u200cలోని ఎనుమాముల వ్యవసాయ మార్కెట్\u200cకు మిర్చి రాక భారీగా పెరగడంతో ధరలు క్వింటాలుకు రెండు వేల రూపాయల వరకు తగ్గాయి. మంగళవారం ఒక్కరోజే సుమారు నలభై వేల బస్తాల మిర్చి మార్కెట్\u200cకు వచ్చింది.',
            'తేజ రకం మిర్చి గత వారం క్వింటాలుకు పద్నాలుగు వేల రూపాయల వరకు పలకగా, మంగళవారం పన్నెండు వేలకే కొనుగోలు చేశారని రైతులు తెలిపారు. తేమ ఎక్కువగా ఉందని చెప్పి వ్యాపారులు ధర తగ్గిస్తున్నారని వారు ఆరోపించారు.',
            '"ఎకరానికి లక్షన్నర పెట్టుబడి పెట్టాం. ఈ ధరకు అమ్మితే అప్పులు కూడా తీరవు," అని నర్సంపేట మండలానికి చెందిన రైతు మల్లయ్య వాపోయారు.',
            'మార్కెట్ యార్డులో స్థలం సరిపోక చాలా మంది రైతులు రోడ్ల పక్కనే బస్తాలు పెట్టి రాత్రంతా కాపలా కాస్తున్నారు. తాగునీరు, విశ్రాంతి గదుల సౌకర్యం లేదని వారు ఫిర్యాదు చేశారు.',
            'మార్కెట్ కమిటీ అధికారులు మాట్లాడుతూ ఈ-నామ్ ద్వారా పారదర్శకంగా వేలం జరుగుతోందని, తేమ పరీక్షకు అదనపు యంత్రాలు ఏర్పాటు చేస్తామని తెలిపారు. రైతులు మిర్చిని బాగా ఆరబెట్టి తీసుకురావాలని సూచించారు.',
        ],
    ),
}

# Malayalam
ML: dict[str, tuple[str, list[str]]] = {
    'ml_kasaragod': (
        'കാസർകോട് ജനറൽ ആശുപത്രിയിലെ ഹൃദ്രോഗ വിഭാഗത്തിൽ ഡോക്ടർമാരില്ല; രോഗികൾ മംഗളൂരുവിലേക്ക്',
        [
            'കാസർകോട് ജനറൽ ആശുപത്രിയിൽ ലക്ഷങ്ങൾ ചെലവിട്ട് സ്ഥാപിച്ച കാത്ത് ലാബ് ഹൃദ്രോഗ വിദഗ്ധരില്ലാത്തതിനാൽ ആറു മാസമായി പ്രവർത്തിക്കുന്നില്ല. ഹൃദയാഘാതം സംഭവിക്കുന്ന രോഗികളെ അടിയന്തര ചികിത്സയ്ക്കായി അറുപത് കിലോമീറ്ററിലധികം ദൂരെയുള്ള മംഗളൂരുവിലെ സ്വകാര്യ ആശുപത്രികളിലേക്കാണ് ഇപ്പോഴും കൊണ്ടുപോകുന്നത്.',
            '2025ൽ ഉദ്ഘാടനം ചെയ്ത ലാബിൽ രണ്ട് കാർഡിയോളജിസ്റ്റുകളുടെ തസ്തികയാണ് അനുവദിച്ചിരുന്നത്. ഇവരിൽ ഒരാൾ കഴിഞ്ഞ വർഷം ഉപരിപഠനത്തിനായി അവധിയെടുത്തു, മറ്റൊരാളെ കോഴിക്കോട്ടേക്ക് സ്ഥലം മാറ്റി. പകരം നിയമനം ഇതുവരെ നടന്നിട്ടില്ല.',
            '"നെഞ്ചുവേദനയുമായി വന്ന എന്റെ അച്ഛനെ ഇവിടെനിന്ന് ആംബുലൻസിൽ തലപ്പാടി വഴി മംഗളൂരുവിലെത്തിക്കാൻ ഒന്നര മണിക്കൂറെടുത്തു. ആ സമയം കൊണ്ട് എന്തും സംഭവിക്കാമായിരുന്നു," ചെങ്കള സ്വദേശി മുഹമ്മദ് റാഫി പറഞ്ഞു. ചികിത്സയ്ക്ക് മൂന്നര ലക്ഷം രൂപ ചെലവായതായും അദ്ദേഹം കൂട്ടിച്ചേർത്തു.',
            'ജില്ലയിൽ സർക്കാർ മേഖലയിൽ ആൻജിയോപ്ലാസ്റ്റി ചെയ്യാൻ സൗകര്യമുള്ള മറ്റൊരു ആശുപത്രിയുമില്ല. കണ്ണൂരിലെ മെഡിക്കൽ കോളേജിലേക്ക് കൊണ്ടുപോകാൻ രണ്ടര മണിക്കൂറിലധികമെടുക്കും. അതിനാൽ ഭൂരിഭാഗം കുടുംബങ്ങളും അതിർത്തി കടന്ന് കർണാടകയിലെ ആശുപത്രികളെയാണ് ആശ്രയിക്കുന്നത്.',
            'ആശുപത്രി വികസന സമിതി യോഗത്തിൽ വിഷയം പലതവണ ഉന്നയിച്ചിട്ടും നടപടിയുണ്ടായില്ലെന്ന് അംഗങ്ങൾ പറയുന്നു. കാത്ത് ലാബിലെ ഉപകരണങ്ങളുടെ വാറന്റി കാലാവധി അടുത്ത വർഷം അവസാനിക്കുമെന്നും അതിനുമുമ്പ് അവ ഉപയോഗിച്ചില്ലെങ്കിൽ വൻ നഷ്ടമാകുമെന്നും അവർ ചൂണ്ടിക്കാട്ടി.',
            'ലാബിലേക്ക് നിയമിച്ച ടെക്നീഷ്യന്മാരും നഴ്സുമാരും ഇപ്പോൾ മറ്റ് വാർഡുകളിലാണ് ജോലി ചെയ്യുന്നത്. ഇവർക്ക് ലഭിച്ച പ്രത്യേക പരിശീലനം ഉപയോഗിക്കാനാകാതെ പോകുന്നതായി ജീവനക്കാരും പരാതിപ്പെടുന്നു.',
            'ജില്ലയിലെ ഹൃദ്രോഗികളുടെ എണ്ണം വർധിക്കുകയാണെന്ന് ആരോഗ്യ വകുപ്പിന്റെ കണക്കുകൾ വ്യക്തമാക്കുന്നു. കഴിഞ്ഞ വർഷം ജനറൽ ആശുപത്രിയിൽ മാത്രം ആയിരത്തി ഇരുനൂറിലധികം പേർ നെഞ്ചുവേദനയുമായി എത്തി. ഇവരിൽ മുന്നൂറിലധികം പേരെ മംഗളൂരുവിലേക്ക് റഫർ ചെയ്തു.',
            'ആശുപത്രിയിലെ അത്യാഹിത വിഭാഗത്തിൽ ഇസിജി എടുക്കാനും പ്രാഥമിക ചികിത്സ നൽകാനും മാത്രമേ ഇപ്പോൾ സൗകര്യമുള്ളൂ. രക്തം കട്ടപിടിക്കുന്നത് തടയാനുള്ള മരുന്ന് നൽകിയശേഷം രോഗിയെ റഫർ ചെയ്യുകയാണ് പതിവ്.',
            'എൻഡോസൾഫാൻ ദുരിതബാധിതർ ഏറെയുള്ള ജില്ലയിൽ ആരോഗ്യ സംവിധാനങ്ങളുടെ കുറവ് വർഷങ്ങളായി ചർച്ചാവിഷയമാണ്. മെഡിക്കൽ കോളേജിന്റെ നിർമാണം പൂർത്തിയാകാത്തതും സ്പെഷ്യാലിറ്റി ഡോക്ടർമാർ ജില്ലയിലേക്ക് വരാൻ മടിക്കുന്നതും പ്രശ്നം രൂക്ഷമാക്കുന്നു.',
            'വടക്കൻ അതിർത്തി ജില്ലയിൽ ജോലി ചെയ്യാൻ ഡോക്ടർമാർക്ക് പ്രത്യേക അലവൻസ് നൽകണമെന്ന ആവശ്യവും ഉയർന്നിട്ടുണ്ട്. താമസ സൗകര്യവും കുട്ടികളുടെ വിദ്യാഭ്യാസത്തിനുള്ള സൗകര്യവും ഉറപ്പാക്കിയാൽ മാത്രമേ വിദഗ്ധർ ഇവിടെ തുടരൂ എന്ന് ഡോക്ടർമാരുടെ സംഘടന അഭിപ്രായപ്പെട്ടു.',
            'ആരോഗ്യ വകുപ്പ് ഡയറക്ടറേറ്റിലെ ഉദ്യോഗസ്ഥർ പറയുന്നത് കരാർ അടിസ്ഥാനത്തിൽ ഒരു കാർഡിയോളജിസ്റ്റിനെ നിയമിക്കാനുള്ള നടപടികൾ അവസാനഘട്ടത്തിലാണെന്നാണ്. അഭിമുഖം ഈ മാസം അവസാനം നടക്കും. സ്ഥിരം നിയമനത്തിനായി പബ്ലിക് സർവീസ് കമ്മീഷന് അപേക്ഷ നൽകിയിട്ടുണ്ടെന്നും അവർ അറിയിച്ചു.',
            'ഇതിനിടെ ആഴ്ചയിൽ രണ്ടു ദിവസം കണ്ണൂരിൽനിന്ന് ഒരു ഹൃദ്രോഗ വിദഗ്ധനെ എത്തിച്ച് ഒപി നടത്താൻ ധാരണയായിട്ടുണ്ട്. എന്നാൽ അടിയന്തര ചികിത്സയ്ക്ക് ഇത് പരിഹാരമാകില്ലെന്ന് രോഗികളുടെ ബന്ധുക്കൾ പറയുന്നു. രാത്രിയിൽ ഹൃദയാഘാതം സംഭവിക്കുന്നവർക്ക് ഒപി കൊണ്ട് എന്ത് പ്രയോജനമെന്നാണ് അവരുടെ ചോദ്യം.',
            'കാത്ത് ലാബ് ഉടൻ പ്രവർത്തനക്ഷമമാക്കണമെന്ന് ആവശ്യപ്പെട്ട് വിവിധ സംഘടനകളുടെ നേതൃത്വത്തിൽ അടുത്ത തിങ്കളാഴ്ച ആശുപത്രിക്ക് മുന്നിൽ ധർണ നടത്തും. വിഷയം നിയമസഭയിൽ ഉന്നയിക്കുമെന്ന് ജില്ലയിൽനിന്നുള്ള ജനപ്രതിനിധികളും അറിയിച്ചു.',
        ],
    ),
    'ml_kannur': (
        'വിദ്യാർഥി കൺസഷൻ തർക്കം: കണ്ണൂരിൽ സ്വകാര്യ ബസ് സമരം രണ്ടാം ദിവസത്തിലേക്ക്',
        [
            'വിദ്യാർഥികളുടെ യാത്രാ ഇളവ് നിരക്ക് വർധിപ്പിക്കണമെന്ന് ആവശ്യപ്പെട്ട് കണ്ണൂർ ജില്ലയിൽ സ്വകാര്യ ബസ് ഉടമകൾ പ്രഖ്യാപിച്ച സമരം രണ്ടാം ദിവസത്തിലേക്ക് കടന്നു. ജില്ലയിലെ ആയിരത്തിലധികം സ്വകാര്യ ബസുകൾ നിരത്തിലിറങ്ങിയില്ല.',
            'പരീക്ഷാക്കാലം അടുത്തിരിക്കെ സമരം വിദ്യാർഥികളെയും ജീവനക്കാരെയും ഒരുപോലെ വലച്ചു. കെഎസ്ആർടിസി അധിക സർവീസുകൾ നടത്തിയെങ്കിലും മലയോര മേഖലകളിലേക്കുള്ള യാത്രക്കാർ മണിക്കൂറുകളോളം കാത്തുനിൽക്കേണ്ടി വന്നു.',
            '"ഡീസൽ വിലയും ഇൻഷുറൻസും കൂടി. ഒരു രൂപ കൺസഷനിൽ ബസ് ഓടിക്കാനാകില്ല," ബസ് ഓപ്പറേറ്റേഴ്സ് ഫെഡറേഷൻ ജില്ലാ സെക്രട്ടറി കെ. പി. രാജീവൻ പറഞ്ഞു. നിരക്ക് അഞ്ച് രൂപയാക്കണമെന്നാണ് ഉടമകളുടെ ആവശ്യം.',
            'എന്നാൽ വിദ്യാർഥി സംഘടനകൾ ഈ ആവശ്യത്തെ എതിർക്കുന്നു. നിരക്ക് വർധിപ്പിച്ചാൽ ദരിദ്ര കുടുംബങ്ങളിലെ കുട്ടികളുടെ പഠനം മുടങ്ങുമെന്ന് അവർ പറയുന്നു. തളിപ്പറമ്പിലും ഇരിട്ടിയിലും വിദ്യാർഥികൾ പ്രതിഷേധ പ്രകടനം നടത്തി.',
            'ഗതാഗത മന്ത്രിയുമായി വ്യാഴാഴ്ച ചർച്ച നടത്തുമെന്ന് ജില്ലാ കളക്ടർ അറിയിച്ചു. അതുവരെ സമരം തുടരുമെന്ന നിലപാടിലാണ് ബസ് ഉടമകൾ.',
        ],
    ),
}

# Gujarati
GU: dict[str, tuple[str, list[str]]] = {
    'gu_porbandar': (
        'પોરબંદરમાં ડીઝલ સબસિડી મહિનાઓથી અટકી, માછીમારોની બોટો કિનારે',
        [
            'પોરબંદરના માછીમારોને મળતી ડીઝલ સબસિડીની રકમ છેલ્લા સાત મહિનાથી જમા ન થતાં અનેક બોટમાલિકોએ દરિયામાં જવાનું બંધ કર્યું છે. બંદર પર હાલ સાતસોથી વધુ બોટો લાંગરેલી જોવા મળે છે.',
            'એક ફેરામાં બોટને આશરે ત્રણ હજાર લિટર ડીઝલ જોઈએ છે. સબસિડી વિના એક ફેરાનો ખર્ચ અઢી લાખ રૂપિયા સુધી પહોંચે છે, જ્યારે માછલીના ભાવ ગયા વર્ષ કરતાં ઓછા છે, એમ બોટ એસોસિએશનના પ્રમુખ ભરતભાઈ મોદીએ જણાવ્યું.',
            '"અમે વ્યાજે પૈસા લઈને ત્રણ ફેરા કર્યા. હવે વ્યાજ ભરવાના પૈસા નથી, તો ડીઝલ ક્યાંથી લાવીએ," એમ ખારવાવાડના બોટમાલિક રમેશભાઈ જુંગીએ કહ્યું.',
            'બોટો કિનારે રહેતાં ખલાસીઓની રોજગારી પણ છીનવાઈ છે. એક બોટ પર આઠથી દસ ખલાસીઓ કામ કરે છે, જેમાંના ઘણા વલસાડ અને ગીર સોમનાથ જિલ્લામાંથી આવે છે.',
            'મત્સ્યોદ્યોગ વિભાગના અધિકારીઓએ જણાવ્યું કે સબસિડીની ફાઇલો મંજૂરી માટે ગાંધીનગર મોકલવામાં આવી છે અને માર્ચ સુધીમાં રકમ ચૂકવી દેવાશે. માછીમાર આગેવાનોએ ચેતવણી આપી છે કે જો રકમ જલદી નહીં મળે તો તેઓ કલેક્ટર કચેરી સામે ધરણાં કરશે.',
            'માછીમારીની સીઝન મે મહિનામાં પૂરી થાય છે, તેથી બાકીના ત્રણ મહિના બગડે તો આખા વર્ષનું નુકસાન થશે, એમ બંદરના વેપારીઓ માને છે.',
        ],
    ),
    'gu_rajula': (
        'રાજુલા પંથકના ગામોમાં સિંહોની અવરજવર વધી, વન વિભાગે રેડિયો કોલર લગાવ્યા',
        [
            'અમરેલી જિલ્લાના રાજુલા અને જાફરાબાદ પંથકના ગામોમાં સિંહોની અવરજવર વધતાં વન વિભાગે છ સિંહોને રેડિયો કોલર પહેરાવ્યા છે. ગયા મહિને આ વિસ્તારમાં પશુઓના મારણના પચીસથી વધુ બનાવ નોંધાયા હતા.',
            'વન અધિકારીઓના જણાવ્યા મુજબ દરિયાકાંઠાના આ વિસ્તારમાં હાલ ચાલીસથી વધુ સિંહો વસે છે. ઉદ્યોગો અને ખાણોની આસપાસની ઝાડીઓમાં તેઓ આશરો લે છે અને રાત્રે ગામોની સીમમાં આવે છે.',
            '"રાત્રે ખેતરમાં પાણી વાળવા જવું પડે છે, પણ હવે એકલા જવાની હિંમત નથી થતી," એમ ભેરાઈ ગામના ખેડૂત નાનજીભાઈ વાઘેલાએ કહ્યું.',
            'રેડિયો કોલરથી સિંહોની હિલચાલની માહિતી ટ્રેકર્સને મળશે અને ગામોમાં સમયસર ચેતવણી આપી શકાશે, એમ નાયબ વન સંરક્ષકે જણાવ્યું. ખુલ્લા કૂવાઓ પર પાળ બાંધવાની કામગીરી પણ શરૂ કરાઈ છે.',
            'પશુઓના મારણ માટે વળતરની રકમ વધારવાની માંગ પણ પશુપાલકોએ કરી છે.',
            'વન વિભાગે ગામોમાં જાગૃતિ શિબિરો પણ શરૂ કરી છે, જેમાં ગ્રામજનોને રાત્રે ટોર્ચ સાથે સમૂહમાં બહાર નીકળવા અને પશુઓને વાડામાં બાંધી રાખવાની સલાહ આપવામાં આવે છે. કોઈ પણ સિંહ દેખાય તો તેને પથ્થર ન મારવા અને તરત હેલ્પલાઇન પર જાણ કરવા પણ જણાવાયું છે.',
            'સિંહપ્રેમીઓનું કહેવું છે કે દરિયાકાંઠાના આ સિંહોનું રહેઠાણ સતત ઘટી રહ્યું છે અને તેમના માટે અલગ સંરક્ષિત વિસ્તાર જાહેર કરવો જોઈએ.',
        ],
    ),
}

# Sinhala
SI: dict[str, tuple[str, list[str]]] = {
    'si_hambantota': (
        'ලුණුගම්වෙහෙර කුඹුරුවලට අලි ඇතුළුවීම වැඩිවෙයි; විදුලි වැට අබලන්',
        [
            'හම්බන්තොට දිස්ත්\u200dරික්කයේ ලුණුගම්වෙහෙර ප්\u200dරදේශයේ අස්වනු නෙළීමට ආසන්න කුඹුරුවලට රාත්\u200dරී කාලයේ අලි රංචු ඇතුළුවීම මේ දිනවල දැඩි ලෙස වැඩි වී ඇති බව ගොවීහු පවසති. පසුගිය සති දෙක තුළ අක්කර හැටකට අධික වගාවක් විනාශ වී තිබේ.',
            'ගම්මාන හා වනය වෙන් කරමින් ඉදිකළ විදුලි වැටේ කිලෝමීටර හතරක පමණ කොටසක් කඩා වැටී ඇති අතර එය අලුත්වැඩියා කිරීමට මාස ගණනාවක් තිස්සේ කිසිදු පියවරක් ගෙන නොමැති බව ගොවි සංවිධාන චෝදනා කරයි.',
            '"අපි රෑ තිස්සේ පැල්පත්වල ඉඳගෙන රතිඤ්ඤා පත්තු කරනවා. ඒත් අලි දැන් ඒවාට බය නැහැ," යැයි පණ්ඩිකොරාව ගම්මානයේ ගොවියෙකු වන ඩබ්ලිව්. ජී. සුනිල් ශාන්ත පැවසීය.',
            'මෙම කන්නයේ අස්වැන්න නෙළීමට තවත් සති දෙක තුනක් ඇති බැවින් අලි ආරක්ෂක ඒකක වහාම යොදවන ලෙස ගොවීහු ඉල්ලා සිටිති. ඇතැම් ගොවීන් බැංකු ණය ලබාගෙන වගා කළ අතර අස්වැන්න අහිමි වුවහොත් ණය ගෙවීමට නොහැකි වන බව ඔවුහු පවසති.',
            'වනජීවී සංරක්ෂණ දෙපාර්තමේන්තුවේ ප්\u200dරාදේශීය නිලධාරීන් පැවසුවේ විදුලි වැට අලුත්වැඩියාව සඳහා මුදල් වෙන් කර ඇති බවත් ලබන සතියේ වැඩ ආරම්භ කරන බවත්ය. ඒ දක්වා රාත්\u200dරී මුර සංචාර සඳහා අමතර කණ්ඩායම් දෙකක් යොදවා ඇත.',
            'අලි මිනිස් ගැටුම හේතුවෙන් පසුගිය වසරේ දිස්ත්\u200dරික්කයේ පුද්ගලයන් නව දෙනෙකු මිය ගිය අතර අලි හතළිහකට අධික සංඛ්\u200dයාවක් ද මිය ගොස් ඇත.',
        ],
    ),
    'si_nuwaraeliya': (
        'නුවරඑළියේ එළවළු මිල පහත වැටේ; ගොවීන් කැරට් අස්වැන්න ඉවත දමයි',
        [
            'නුවරඑළිය විශේෂිත ආර්ථික මධ්\u200dයස්ථානයට එළවළු සැපයුම අධික ලෙස ඉහළ යාමත් සමඟ කැරට්, ලීක්ස් හා ගෝවා මිල කිලෝවකට රුපියල් පනහකටත් වඩා අඩු මට්ටමකට පහත වැටී තිබේ.',
            'පසුගිය මාසයේ කැරට් කිලෝවක් රුපියල් දෙසීයකට අධික මිලකට මිලදී ගත් වෙළෙන්දෝ අඟහරුවාදා එය රුපියල් හතළිස් පහකට ගත් බව ගොවීහු පවසති. ප්\u200dරවාහන වියදම පවා පියවා ගත නොහැකි බැවින් ඇතැම් ගොවීන් අස්වැන්න වගාබිම්වලම අත්හැර දමා ඇත.',
            '"පොහොර, බීජ, කම්කරු කූලිය එක්ක කිලෝවක් හදන්න රුපියල් අසූවක් යනවා. මේ මිලට විකුණුවොත් අපිට ඉතුරු වෙන්නේ ණය විතරයි," යැයි කඳපොළ ප්\u200dරදේශයේ ගොවියෙකු වන එම්. රාජේන්ද්\u200dරන් පැවසීය.',
            'එකවර එකම බෝගය වගා කිරීම මිල පහත වැටීමට ප්\u200dරධාන හේතුව බවත් වගා සැලසුමක් අවශ්\u200dය බවත් කෘෂිකර්ම නිලධාරීහු පෙන්වා දෙති. ශීතාගාර පහසුකම් නොමැතිකම ද ගැටලුව උග්\u200dර කර ඇත.',
            'අතිරික්ත එළවළු පාසල් දිවා ආහාර වැඩසටහනට මිලදී ගැනීමට සාකච්ඡා කරමින් සිටින බව ප්\u200dරාදේශීය ලේකම් කාර්යාලය පැවසීය.',
        ],
    ),
}

# Burmese
MY: dict[str, tuple[str, list[str]]] = {
    'my_dawei': (
        'ထားဝယ်ကမ်းရိုးတန်း ငါးဖမ်းလှေများ ဆီဈေးကြောင့် ပင်လယ်မထွက်နိုင်',
        [
            'ထားဝယ်ခရိုင် ကမ်းရိုးတန်းဒေသရှိ ငါးဖမ်းလှေပိုင်ရှင်များသည် ဒီဇယ်ဆီဈေးနှုန်း မြင့်တက်လာမှုနှင့် ငါးဈေးကျဆင်းမှုတို့ကြောင့် လှေများကို ကမ်းပေါ်တွင်သာ ချထားရပြီး ပင်လယ်မထွက်နိုင်ဖြစ်နေသည်ဟု ဒေသခံငါးလုပ်ငန်းရှင်များက ပြောသည်။',
            'မောင်းမကန်၊ ကလိန်အောင်နှင့် စင်ထုံးကမ်းခြေတစ်လျှောက်ရှိ ငါးဖမ်းလှေ ရာနှင့်ချီ၍ ယခုလအစမှစ၍ ရပ်နားထားရခြင်းဖြစ်ပြီး လှေတစ်စင်းလျှင် ငါးဖမ်းသမား ရှစ်ဦးမှ ဆယ့်နှစ်ဦးအထိ အလုပ်လက်မဲ့ဖြစ်နေကြောင်း သိရသည်။',
            '"တစ်ခေါက်ထွက်ရင် ဆီတင်ကြိုးနဲ့ ရေခဲဖိုး သိန်းလေးဆယ်လောက်ကုန်တယ်။ ငါးရလာတာ သိန်းသုံးဆယ်ဖိုးလောက်ပဲရှိတော့ ထွက်လေ ရှုံးလေပဲ" ဟု မောင်းမကန်ရွာမှ လှေပိုင်ရှင် ဦးကျော်စိုးက ပြောသည်။',
            'ငါးဖမ်းလုပ်ငန်းရပ်တန့်မှုကြောင့် ငါးခြောက်လှန်းသည့် အမျိုးသမီးများ၊ ရေခဲစက်အလုပ်သမားများနှင့် ငါးပွဲစားများလည်း ဝင်ငွေပြတ်တောက်နေကြသည်။ ကမ်းခြေရွာများမှ လူငယ်အများအပြားမှာ ထိုင်းနိုင်ငံသို့ အလုပ်ရှာထွက်ရန် ပြင်ဆင်နေကြသည်ဟုလည်း ဒေသခံများက ဆိုသည်။',
            'ထားဝယ်မြို့ရှိ ငါးဒိုင်များတွင် ဆားနယ်ငါးနှင့် ပုစွန်ခြောက်ဈေးနှုန်းများ မြင့်တက်လာသော်လည်း ငါးလတ်ဈေးမှာ ထိုင်းဘက်သို့ တင်ပို့မှုအခက်အခဲကြောင့် ကျဆင်းနေကြောင်း ကုန်သည်များက ပြောသည်။ ထီးခီးနယ်စပ်ဂိတ်မှ ကုန်တင်ယာဉ်များ ဖြတ်သန်းမှုနည်းပါးနေခြင်းကြောင့် ရေခဲသေတ္တာ ငါးများ ရက်ကြာစွာ ပိတ်မိနေသည်ဟု ဆိုသည်။',
            'ငါးဖမ်းသမားအဖွဲ့များက ဒီဇယ်ဆီကို လှေများအတွက် သတ်မှတ်ဈေးဖြင့် ရောင်းချပေးရန်နှင့် ငါးဖမ်းလိုင်စင်ကြေး သက်သာပေးရန် ဒေသအာဏာပိုင်များထံ တောင်းဆိုထားသည်။ သို့သော် ယခုအချိန်ထိ အကြောင်းပြန်ကြားချက် မရရှိသေးကြောင်း သိရသည်။',
            '"ကျွန်မယောက်ျား ပင်လယ်မထွက်ရတာ သုံးပတ်ရှိပြီ။ ကလေးတွေ ကျောင်းစရိတ်အတွက် ရွှေနားကပ်ကို အပေါင်ထားရတယ်" ဟု ကလိန်အောင်ရွာမှ ငါးခြောက်ရောင်းသူ ဒေါ်သီတာဝင်းက ပြောသည်။',
            'ဒေသခံ ငါးလုပ်ငန်းအသင်းမှ တာဝန်ရှိသူတစ်ဦးက ယခင်နှစ်များတွင် ဖေဖော်ဝါရီလသည် ငါးအများဆုံးရသည့်ရာသီဖြစ်သော်လည်း ယခုနှစ်တွင် ငါးဖမ်းလှေ၏ သုံးပုံတစ်ပုံခန့်သာ ပင်လယ်ထွက်နိုင်သည်ဟု ဆိုသည်။ ပင်လယ်ထွက်နိုင်သည့် လှေများမှာလည်း ကမ်းနှင့်နီးသော ရေပြင်တွင်သာ ဖမ်းဆီးနေရ၍ ငါးအရွယ်သေးများသာ ရရှိကြောင်း ၎င်းက ပြောသည်။',
            'ကမ်းလွန်ရေပြင်တွင် ပိုမိုကြီးမားသော ထရော်လာသင်္ဘောများ ငါးဖမ်းနေမှုကြောင့် ကမ်းနီးငါးဖမ်းသမားများ ရရှိသည့်ငါးပမာဏ နှစ်စဉ်လျော့နည်းလာသည်ဟုလည်း ငါးဖမ်းသမားများက စိုးရိမ်ကြသည်။ ထရော်လာများကို ကမ်းမှ မိုင်ဆယ်မိုင်အတွင်း မဝင်ရောက်စေရန် စည်းမျဉ်းရှိသော်လည်း လိုက်နာမှုမရှိကြောင်း ၎င်းတို့က ဆိုသည်။',
            'ဒေသခံ အလှူရှင်အဖွဲ့အချို့က အလုပ်လက်မဲ့ဖြစ်နေသော ငါးဖမ်းသမားမိသားစုများထံ ဆန်နှင့် ဆီ ထောက်ပံ့မှုများ စတင်ပြုလုပ်နေပြီး ရွာပေါင်း ဆယ့်ငါးရွာကို လှည့်လည်ဝေငှနေကြောင်း သိရသည်။',
            'မိုးရာသီမတိုင်မီ ဆီဈေးကျဆင်းခြင်း မရှိပါက ယခုနှစ် ငါးဖမ်းရာသီတစ်ခုလုံး ဆုံးရှုံးသွားနိုင်ပြီး ကမ်းရိုးတန်းရွာများ၏ စီးပွားရေးမှာ ပြင်းထန်စွာ ထိခိုက်မည်ဖြစ်ကြောင်း ငါးလုပ်ငန်းရှင်များက သတိပေးပြောဆိုကြသည်။',
            'ထားဝယ်မြို့ ငါးဆိပ်တွင်လည်း ယခင်က နံနက်တိုင်း လှေဆိုက်ကပ်ပြီး ငါးချသည့် အလုပ်သမားများ စည်ကားခဲ့သော်လည်း ယခုအခါ ငါးပုံးအနည်းငယ်သာ ရောက်ရှိလာပြီး ဈေးသည်များမှာ နေ့လယ်မတိုင်မီ ပြန်ကြရသည်ဟု ဆိုသည်။',
            'ငါးဖမ်းသမားအချို့က ကမ်းနီးရေပြင်တွင် လက်လှေငယ်များဖြင့် ငါးဖမ်းရန် ပြောင်းလဲလာကြသော်လည်း ရရှိသည့်ငါးမှာ မိသားစုစားသောက်ရန်သာ လုံလောက်ပြီး ရောင်းချရန် မကျန်ကြောင်း ပြောကြသည်။',
        ],
    ),
    'my_hpaan': (
        'ဘားအံခရိုင် နွေစပါးစိုက်ခင်းများ ရေမလုံလောက်၍ စိုးရိမ်',
        [
            'ကရင်ပြည်နယ် ဘားအံခရိုင်အတွင်း နွေစပါးစိုက်ခင်းများအတွက် ဆည်ရေ လုံလောက်စွာ မရရှိသဖြင့် စိုက်ပျိုးမြေ ဧကထောင်ချီ ခြောက်သွေ့နေကြောင်း လယ်သမားများက ပြောသည်။',
            'သံလွင်မြစ်ရေ ယခင်နှစ်များထက် စောစီးစွာ ကျဆင်းသွားခြင်းကြောင့် ရေတင်စက်များဖြင့် ရေသွင်းရန် ခက်ခဲလာပြီး ဒီဇယ်ကုန်ကျစရိတ်မှာလည်း နှစ်ဆနီးပါး မြင့်တက်နေကြောင်း သိရသည်။',
            '"စပါးပင်တွေ အနှံထွက်ခါနီးမှာ ရေပြတ်သွားတယ်။ ရေမရရင် ဒီနှစ်အရင်းပါ ပြုတ်မှာပဲ" ဟု ဘားအံမြို့နယ်မှ လယ်သမား စောထူးက ပြောသည်။',
            'ဒေသစိုက်ပျိုးရေးဌာနက ရေတင်စက်များ အလှည့်ကျ သုံးစွဲရန်နှင့် ရေသုံးစွဲမှု အစီအစဉ်ချမှတ်ရန် လယ်သမားအဖွဲ့များနှင့် ဆွေးနွေးနေသည်ဟု ဆိုသည်။',
            'လာမည့်ရာသီတွင် ရေနည်းသုံး ပဲနှင့် နှမ်းကဲ့သို့သော သီးနှံများ ပြောင်းလဲစိုက်ပျိုးရန် အကြံပြုထားကြောင်း သိရသည်။',
        ],
    ),
}

# Khmer
KM: dict[str, tuple[str, list[str]]] = {
    'km_kratie': (
        'ច្រាំងទន្លេមេគង្គនៅក្រចេះបាក់ស្រុត ផ្ទះប្រជាពលរដ្ឋជិត៣០ខ្នងប្រឈមហានិភ័យ',
        [
            'ច្រាំងទន្លេមេគង្គនៅឃុំរកាកណ្ដាល ស្រុកចិត្របុរី ខេត្តក្រចេះ បានបាក់ស្រុតប្រវែងជាង២០០ម៉ែត្រ កាលពីចុងសប្ដាហ៍មុន ដែលធ្វើឱ្យផ្ទះប្រជាពលរដ្ឋជិត៣០ខ្នងប្រឈមនឹងហានិភ័យធ្លាក់ចូលទន្លេ។',
            'អាជ្ញាធរមូលដ្ឋានបានឱ្យដឹងថា គ្រួសារចំនួន៨ត្រូវបានជម្លៀសទៅស្នាក់នៅបណ្ដោះអាសន្ននៅវត្តក្បែរនោះ ខណៈផ្ទះមួយចំនួនទៀតត្រូវបានរុះរើចេញពីមាត់ច្រាំង។',
            '«ពីមុនច្រាំងនៅឆ្ងាយពីផ្ទះខ្ញុំជាង២០ម៉ែត្រ ឥឡូវនៅសល់តែ៣ម៉ែត្រទេ។ យប់ណាក៏ខ្ញុំមិនហ៊ានដេកលក់ដែរ»។ នេះជាសម្ដីរបស់លោកស្រី ស៊ុន សុភា ដែលរស់នៅភូមិនោះអស់រយៈពេលជាង៤០ឆ្នាំ។',
            'អ្នកភូមិបានអះអាងថា ការបូមខ្សាច់នៅក្នុងទន្លេក្បែរភូមិ គឺជាមូលហេតុចម្បងនៃការបាក់ច្រាំង ហើយបានស្នើឱ្យអាជ្ញាធរផ្អាកសកម្មភាពនេះ។ ប៉ុន្តែមន្ត្រីខេត្តបានឱ្យដឹងថា កម្រិតទឹកដែលស្រកលឿនក៏ជាកត្តាមួយដែរ។',
            'មន្ទីរធនធានទឹកខេត្តបានចុះពិនិត្យទីតាំង ហើយគ្រោងនឹងដាក់ថ្មការពារច្រាំងបណ្ដោះអាសន្ន មុនរដូវវស្សាឆ្នាំនេះ។',
            'ក្នុងរយៈពេលប្រាំឆ្នាំចុងក្រោយនេះ ការបាក់ច្រាំងទន្លេបានកើតឡើងនៅតាមភូមិជាច្រើនក្នុងខេត្តក្រចេះ និងស្ទឹងត្រែង ដែលធ្វើឱ្យប្រជាពលរដ្ឋរាប់រយគ្រួសារបាត់បង់ដីធ្លី។',
        ],
    ),
    'km_battambang': (
        'តម្លៃស្រូវនៅបាត់ដំបងធ្លាក់ចុះ កសិករពន្យារការលក់',
        [
            'កសិករនៅខេត្តបាត់ដំបងបានត្អូញត្អែរថា តម្លៃស្រូវប្រាំងបានធ្លាក់ចុះមកត្រឹម៨៥០រៀលក្នុងមួយគីឡូក្រាម ដែលទាបជាងការចំណាយលើការដាំដុះ ហើយកសិករជាច្រើនបានសម្រេចចិត្តទុកស្រូវនៅផ្ទះរង់ចាំតម្លៃឡើងវិញ។',
            'ឈ្មួញនៅស្រុកសង្កែ និងស្រុកឯកភ្នំបានឱ្យដឹងថា រោងម៉ាស៊ីនកិនស្រូវទិញស្រូវតិចជាងមុន ដោយសារតែការនាំចេញអង្ករទៅក្រៅប្រទេសមានការថយចុះ។',
            '«ថ្លៃជី ថ្លៃប្រេង ថ្លៃជួលគោយន្ត ឡើងទាំងអស់ តែតម្លៃស្រូវបែរជាចុះ។ បើលក់ឥឡូវ ខាតប្រាក់ជាង១លានរៀលក្នុងមួយហិកតា»។ នេះជាការលើកឡើងរបស់កសិករ លោក សោម វណ្ណៈ។',
            'មន្ទីរកសិកម្មខេត្តបានឱ្យដឹងថា ខ្លួនកំពុងសម្របសម្រួលជាមួយសហគមន៍កសិកម្ម ដើម្បីរកទីផ្សារថ្មី និងជួយផ្ដល់ឥណទានការប្រាក់ទាបសម្រាប់ការស្ដុកស្រូវ។',
            'កសិករខ្លះបានស្នើឱ្យរដ្ឋាភិបាលទិញស្រូវទុកក្នុងឃ្លាំងបម្រុង ដើម្បីរក្សាស្ថិរភាពតម្លៃក្នុងរដូវប្រមូលផល។',
        ],
    ),
}

# Thai
TH: dict[str, tuple[str, list[str]]] = {
    'th_phrae': (
        'ไฟป่าลามหลายอำเภอ แพร่ค่าฝุ่น PM2.5 พุ่งเกินมาตรฐานสามเท่า โรงพยาบาลรับผู้ป่วยทางเดินหายใจเพิ่ม',
        [
            'จังหวัดแพร่เผชิญสถานการณ์หมอกควันหนักต่อเนื่องเป็นวันที่ห้า หลังเกิดไฟป่าในพื้นที่อำเภอลอง วังชิ้น และสอง ค่าฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอนที่สถานีตรวจวัดในตัวเมืองแพร่วัดได้สูงสุด 156 ไมโครกรัมต่อลูกบาศก์เมตร เกินค่ามาตรฐานกว่าสามเท่า',
            'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดรายงานว่า ดาวเทียมตรวจพบจุดความร้อนในจังหวัดแพร่กว่า 240 จุดในรอบสามวันที่ผ่านมา ส่วนใหญ่อยู่ในเขตป่าสงวนแห่งชาติและพื้นที่เกษตรบนภูเขา เจ้าหน้าที่ดับไฟป่าและอาสาสมัครกว่า 400 คนถูกส่งเข้าพื้นที่ แต่ภูมิประเทศที่สูงชันและลมแรงทำให้การควบคุมไฟเป็นไปอย่างยากลำบาก',
            'โรงพยาบาลแพร่เปิดเผยว่า จำนวนผู้ป่วยที่มีอาการระบบทางเดินหายใจเพิ่มขึ้นเกือบร้อยละสี่สิบเมื่อเทียบกับสัปดาห์ก่อน โดยเฉพาะเด็กเล็กและผู้สูงอายุ โรงพยาบาลได้จัดห้องปลอดฝุ่นสำหรับผู้ป่วยกลุ่มเสี่ยง และแจกหน้ากากอนามัยชนิดพิเศษให้กับผู้ป่วยโรคหอบหืดและโรคปอดเรื้อรัง',
            'นางบัวผัน ใจมา ชาวบ้านตำบลช่อแฮ อำเภอเมืองแพร่ กล่าวว่า หลานชายวัยสี่ขวบมีอาการไอและหายใจไม่สะดวกมาสองวันแล้ว ต้องพาไปพบแพทย์ที่โรงพยาบาล ตอนเช้ามองไปทางดอยแทบไม่เห็นอะไรเลย กลิ่นควันเข้ามาถึงในบ้าน ต้องปิดประตูหน้าต่างทั้งวัน',
            'สำนักงานเขตพื้นที่การศึกษาประกาศให้โรงเรียนในพื้นที่ที่ค่าฝุ่นเกิน 100 ไมโครกรัมงดกิจกรรมกลางแจ้ง และให้ผู้บริหารโรงเรียนพิจารณาปิดเรียนชั่วคราวหากสถานการณ์ยังไม่ดีขึ้น ขณะที่หน่วยงานราชการหลายแห่งให้เจ้าหน้าที่ที่มีโรคประจำตัวทำงานที่บ้าน',
            'ผู้ว่าราชการจังหวัดแพร่ได้ประกาศห้ามเผาในที่โล่งทุกชนิดจนถึงสิ้นเดือนเมษายน ผู้ฝ่าฝืนมีโทษทั้งจำและปรับ พร้อมสั่งการให้นายอำเภอทุกอำเภอตั้งจุดเฝ้าระวังไฟในระดับหมู่บ้าน และให้ผู้ใหญ่บ้านรายงานการเผาทันทีที่พบเห็น',
            'เกษตรกรที่ปลูกข้าวโพดเลี้ยงสัตว์บนพื้นที่ลาดชันจำนวนมากยอมรับว่ายังใช้วิธีเผาเพื่อเตรียมแปลงปลูก เนื่องจากค่าจ้างแรงงานและค่าเช่ารถไถสูงเกินกว่าจะแบกรับได้ นายสมศักดิ์ ปัญญาดี เกษตรกรอำเภอวังชิ้น กล่าวว่า ถ้าไม่เผาก็ต้องจ้างคนมาถาง ไร่หนึ่งเสียเงินหลายร้อยบาท ราคาข้าวโพดปีนี้ก็ไม่ดี ชาวบ้านไม่มีทางเลือกมากนัก',
            'นักวิชาการด้านสิ่งแวดล้อมระบุว่า หมอกควันในภาคเหนือไม่ได้มาจากไฟป่าในประเทศเพียงอย่างเดียว แต่ยังมีควันจากการเผาในพื้นที่เกษตรของประเทศเพื่อนบ้านที่ลอยข้ามพรมแดนมาด้วย โดยเฉพาะในช่วงที่ลมพัดจากทิศตะวันตก การแก้ปัญหาจึงต้องอาศัยความร่วมมือระดับภูมิภาค',
            'ภาคประชาสังคมในจังหวัดแพร่เรียกร้องให้รัฐบาลสนับสนุนเกษตรกรให้เปลี่ยนจากการปลูกข้าวโพดบนดอยไปปลูกไม้ผลและกาแฟ ซึ่งไม่ต้องเผาทุกปี พร้อมทั้งให้มีกองทุนรับซื้อเศษวัสดุทางการเกษตรไปทำปุ๋ยหรือเชื้อเพลิงชีวมวล เพื่อลดแรงจูงใจในการเผา',
            'อาสาสมัครดับไฟป่าบ้านแม่ยาง อำเภอร้องกวาง เล่าว่า ทีมของตนออกลาดตระเวนทุกคืนมาตั้งแต่ต้นเดือน บางคืนต้องเดินเท้าขึ้นเขาหลายชั่วโมงเพื่อทำแนวกันไฟ อุปกรณ์ที่มีอยู่ก็ไม่เพียงพอ ทั้งเครื่องเป่าลมและถังน้ำแบบสะพายหลัง บางครั้งต้องใช้กิ่งไม้ตีไฟแทน',
            'กรมอุตุนิยมวิทยาคาดการณ์ว่า สภาพอากาศที่ปิดและลมสงบจะยังคงอยู่ไปอีกอย่างน้อยหนึ่งสัปดาห์ ทำให้ฝุ่นสะสมในแอ่งที่ราบของจังหวัดแพร่ และขอให้ประชาชนติดตามค่าคุณภาพอากาศอย่างใกล้ชิด สวมหน้ากากเมื่อต้องออกนอกบ้าน และหลีกเลี่ยงการออกกำลังกายกลางแจ้ง',
            'ทางจังหวัดเตรียมขอรับการสนับสนุนอากาศยานสำหรับดับไฟป่าจากหน่วยงานส่วนกลาง หากไฟในพื้นที่อำเภอสองยังไม่สามารถควบคุมได้ภายในสุดสัปดาห์นี้ ขณะที่ผู้ประกอบการท่องเที่ยวรอบวนอุทยานแพะเมืองผีเริ่มได้รับแจ้งยกเลิกการจองห้องพักจากนักท่องเที่ยวแล้ว',
        ],
    ),
    'th_trang': (
        'หญ้าทะเลตรังเสื่อมโทรม พบพะยูนเกยตื้นตายเพิ่มอีกสองตัว',
        [
            'เจ้าหน้าที่ศูนย์วิจัยทรัพยากรทางทะเลและชายฝั่งพบซากพะยูนเกยตื้นบริเวณชายฝั่งอำเภอกันตัง จังหวัดตรัง เพิ่มอีกสองตัวในสัปดาห์นี้ ทำให้ยอดพะยูนตายในทะเลตรังตั้งแต่ต้นปีรวมเป็นเจ็ดตัว',
            'ผลการผ่าพิสูจน์เบื้องต้นพบว่าพะยูนทั้งสองตัวมีสภาพผอมมาก กระเพาะอาหารแทบไม่มีหญ้าทะเลอยู่เลย สอดคล้องกับผลการสำรวจที่พบว่าแหล่งหญ้าทะเลรอบเกาะลิบงและเกาะมุกลดลงกว่าครึ่งหนึ่งในช่วงสามปีที่ผ่านมา',
            'นายหมาด เจริญสุข ชาวประมงพื้นบ้านเกาะลิบง กล่าวว่า สมัยก่อนออกเรือตอนเช้าจะเห็นพะยูนโผล่หายใจเป็นฝูง เดี๋ยวนี้บางวันไม่เห็นเลย หญ้าทะเลที่เคยขึ้นเต็มหาดก็เหลือแต่ทรายกับโคลน',
            'นักวิชาการชี้ว่าตะกอนดินที่ไหลลงทะเลจากการพัฒนาพื้นที่ชายฝั่ง และอุณหภูมิน้ำทะเลที่สูงขึ้น เป็นสาเหตุสำคัญที่ทำให้หญ้าทะเลตาย ชุมชนชายฝั่งร่วมกับหน่วยงานท้องถิ่นจึงเริ่มโครงการปลูกหญ้าทะเลคืนถิ่นในหลายจุด',
            'กรมทรัพยากรทางทะเลและชายฝั่งขอความร่วมมือชาวประมงหลีกเลี่ยงการใช้เครื่องมือประมงที่ทำลายหญ้าทะเล และแจ้งเจ้าหน้าที่ทันทีหากพบพะยูนป่วยหรือเกยตื้น',
        ],
    ),
}

# Tagalog
TL: dict[str, tuple[str, list[str]]] = {
    'tl_legazpi': (
        'Mahigit 3,000 pamilya sa paanan ng Mayon, inilikas matapos itaas ang alert level',
        [
            'Mahigit 3,000 pamilya mula sa mga barangay sa paanan ng Bulkang Mayon sa Albay ang inilikas nitong Martes matapos itaas ng Phivolcs sa Alert Level 3 ang bulkan dahil sa sunod-sunod na pagguho ng lava at pagdami ng mga lindol sa loob nito.',
            'Ayon sa Albay Provincial Safety and Emergency Management Office, karamihan sa mga inilikas ay mula sa mga bayan ng Guinobatan, Camalig at Daraga, pati na sa ilang barangay ng Legazpi na nasa loob ng anim na kilometrong permanent danger zone at ng pinalawak na walong kilometrong danger zone sa timog-silangang bahagi.',
            'Pansamantalang tumutuloy ang mga pamilya sa mga paaralan at evacuation center, kung saan nagbibigay ang pamahalaang panlalawigan ng pagkain, tubig at mga gamot. Ayon sa mga opisyal, sapat ang suplay para sa dalawang linggo ngunit humihingi sila ng dagdag na tulong para sa mga hayop ng mga magsasaka.',
            '"Iniwan namin ang mga kalabaw namin sa kamag-anak sa kabilang bayan. Ang inaalala ko ngayon ay ang aming gulayan, dahil malapit na ang anihan," sabi ni Aling Rosario Nuñez, 58, taga-Barangay Maninila sa Guinobatan.',
            'Ipinagbawal din ang pag-akyat sa bulkan at ang paglipad ng anumang sasakyang panghimpapawid malapit sa bunganga nito. Pinayuhan ang mga residente sa mga lugar na maaaring bagsakan ng abo na magsuot ng face mask at takpan ang kanilang mga imbakan ng tubig.',
            'Sinuspinde ang klase sa lahat ng antas sa mga paaralang ginagamit bilang evacuation center. Ayon sa Department of Education sa rehiyon, magsasagawa ng modular learning ang mga apektadong mag-aaral habang nasa evacuation center.',
            'Sinabi ng Phivolcs na posible pang tumaas ang alert level kung magpapatuloy ang pamamaga ng bulkan at ang paglabas ng asupre. Pinaalalahanan din nito ang publiko na iwasan ang mga daluyan ng ilog at sapa na maaaring daanan ng lahar kapag umulan.',
            'Nagpadala na ang Department of Social Welfare and Development ng mga family food pack at hygiene kit sa lalawigan, at naghahanda ang mga lokal na pamahalaan ng karagdagang mga tent kung sakaling lumawak pa ang danger zone.',
            'Sa mga evacuation center sa Guinobatan, nagtayo ang mga boluntaryo ng mga kusinang pangkomunidad kung saan nagluluto ang mga ina para sa daan-daang pamilya. "Mahirap, pero magkakasama kami rito," sabi ni Aling Nuñez. "Mas mabuti nang nandito kami kaysa maghintay sa bahay kung kailan sasabog ang bulkan."',
        ],
    ),
    'tl_calbayog': (
        'Presyo ng kopra sa Calbayog, bumagsak; mga magsasaka ng niyog, nanawagan ng tulong',
        [
            'Bumagsak sa ₱28 kada kilo ang presyo ng kopra sa mga buying station sa Calbayog City ngayong linggo, mula sa ₱42 noong Disyembre, dahilan upang ipagpaliban ng maraming magsasaka ng niyog sa Samar ang pag-aani.',
            'Ayon sa mga mamimili, mahina ang demand mula sa mga pabrika ng langis sa Cebu at Maynila dahil sa pagbaba ng presyo ng langis ng niyog sa pandaigdigang merkado.',
            '"Halos wala nang natitira sa amin pagkatapos naming bayaran ang mga nag-akyat ng niyog at ang pagpapatuyo," sabi ni Mang Ernesto Lagbo, isang magsasaka mula sa Barangay Tinambacan na may tatlong ektaryang niyugan.',
            'Nanawagan ang isang samahan ng mga magsasaka sa Philippine Coconut Authority na bumili ng kopra sa mas mataas na presyo at pabilisin ang pamamahagi ng mga pataba at punla mula sa coconut levy fund.',
            'Sinabi naman ng tanggapan ng PCA sa lalawigan na nakikipag-usap ito sa mga kooperatiba upang magtayo ng mga pasilidad sa paggawa ng virgin coconut oil, na mas mataas ang presyo kaysa kopra.',
            'Sa Barangay Tinambacan, ilang pamilya ang nagsimula nang magtanim ng saging at kamoteng-kahoy sa ilalim ng mga puno ng niyog upang may mapagkakitaan habang mababa ang presyo ng kopra. Ayon sa mga magsasaka, hindi sapat ang kita mula sa mga ito ngunit nakatutulong sa pang-araw-araw na gastusin.',
            '"Noong nakaraang taon, nakapagpaaral pa ako ng dalawang anak sa kolehiyo mula sa niyog. Ngayon, iniisip ko kung paano makakabayad sa utang sa abono," dagdag ni Mang Lagbo.',
            'Sinabi ng mga mamimili ng kopra sa lungsod na umaasa silang tataas muli ang presyo pagsapit ng Abril, kapag bumaba ang suplay mula sa ibang bahagi ng Mindanao at Visayas. Ngunit nagbabala sila na marami sa mga magsasaka ang maaaring magbenta na sa mababang presyo dahil sa pangangailangan.',
            'Nakatakdang makipagpulong ang konseho ng lungsod sa mga kinatawan ng mga magsasaka at ng PCA sa susunod na linggo upang pag-usapan ang posibleng tulong pinansyal.',
        ],
    ),
}

# Yoruba
YO: dict[str, tuple[str, list[str]]] = {
    'yo_ogbomoso': (
        'Iye owó iṣu gbówó lórí ní ọjà Ògbómọ̀ṣọ́, àwọn oníbàárà ń ráhùn',
        [
            'Iye owó iṣu ti gbówó lórí ju ìlọ́po méjì lọ ní ọjà Ògbómọ̀ṣọ́ láàárín oṣù mẹ́ta sẹ́yìn, àwọn oníbàárà àti àwọn tó ń ta oúnjẹ sì ń ráhùn pé àwọn kò lè rà á mọ́ bí wọ́n ti ń rà á tẹ́lẹ̀.',
            'Àwọn oníṣòwò ní ọjà Ọjà-Igbó sọ pé iṣu márùn-ún tí wọ́n ń tà ní ẹgbẹ̀rún mẹ́wàá náírà ní oṣù Kọkànlá ti di ẹgbẹ̀rún mẹ́tàlélógún báyìí. Wọ́n ní owó ọkọ̀ láti àwọn oko ní agbègbè Ògbómọ̀ṣọ́ àti Ìgbẹ́tì ti pọ̀ sí i nítorí owó epo.',
            '"Mo máa ń ra iṣu ogún fún ìyán tí mo ń tà lójoojúmọ́. Báyìí mo ń ra mẹ́wàá, mo sì dín ìwọ̀n àwo kù," ni Ìyá Àdùkẹ́ Àlàbí tó ní ilé oúnjẹ kékeré nítòsí Takie sọ.',
            'Àwọn àgbẹ̀ sọ pé ìkórè ọdún yìí kò pọ̀ tó ti àtẹ̀yìnwá nítorí òjò tó pẹ́ dé ní ìbẹ̀rẹ̀ ọdún tó kọjá, àti pé àwọn darandaran tó ń da màlúù wọ inú oko ba ọ̀pọ̀lọpọ̀ ohun ọ̀gbìn jẹ́.',
            '"A gbin iṣu sí ilẹ̀ tó tó hẹ́kítà mẹ́ta, ṣùgbọ́n ìdajì rẹ̀ nìkan ni a kórè," ni Ọ̀gbẹ́ni Ṣọlá Ọláyẹmí, àgbẹ̀ kan ní abúlé Ìjẹ̀rù sọ. Ó ní àwọn àgbẹ̀ nílò ìrànlọ́wọ́ ìjọba fún ajílẹ̀ àti ààbò nínú oko.',
            'Àwọn aláṣẹ ìjọba ìbílẹ̀ Ògbómọ̀ṣọ́ Àríwá sọ pé àwọn ń bá àwọn àgbẹ̀ àti àwọn oníṣòwò ṣèpàdé láti wá ọ̀nà tí owó ọkọ̀ yóò fi dín kù, àti pé àwọn yóò ṣe àtúnṣe sí àwọn ọ̀nà oko tó ti bàjẹ́.',
            'Àwọn olùtajà sọ pé wọ́n retí pé iye owó náà yóò dín kù díẹ̀ nígbà tí ìkórè tuntun bá bẹ̀rẹ̀ ní oṣù Ògún, ṣùgbọ́n wọ́n ní kò dájú pé yóò padà sí bí ó ti wà tẹ́lẹ̀.',
            'Àwọn olùkọ́ àti àwọn òṣìṣẹ́ ìjọba tí owó oṣù wọn kò pọ̀ sọ pé àwọn ti bẹ̀rẹ̀ sí í jẹ gaàrí àti ẹ̀wà dípò iṣu, nítorí pé iye owó iṣu ti kọjá agbára àwọn. Àwọn kan sọ pé àwọn ń rin ìrìn àjò lọ sí àwọn abúlé láti ra iṣu ní oko tààrà.',
            'Ẹgbẹ́ àwọn oníṣòwò iṣu ní Ògbómọ̀ṣọ́ sọ pé àwọn ọkọ̀ akẹ́rù tó ń kó iṣu láti àwọn ìpínlẹ̀ àríwá ti dín kù, nítorí àìsí ààbò lójú ọ̀nà àti owó tí àwọn òṣìṣẹ́ agbófinró ń gbà lọ́wọ́ àwọn awakọ̀.',
        ],
    ),
    'yo_osogbo': (
        'Àìsí omi ẹ̀rọ ní Òṣogbo: àwọn olùgbé ń ra omi lọ́wọ́ àwọn ọlọ́mọlanke',
        [
            'Ọ̀pọ̀lọpọ̀ àdúgbò ní ìlú Òṣogbo ni kò tí ì rí omi ẹ̀rọ fún ọ̀sẹ̀ mẹ́ta, lẹ́yìn tí ẹ̀rọ tó ń fa omi ní ibùdó ìpèsè omi ìlú náà bàjẹ́.',
            'Àwọn olùgbé àdúgbò Oke-Fia, Ìstàṣọ̀n àti Alékúwòdò sọ pé àwọn ń ra omi lọ́wọ́ àwọn ọlọ́mọlanke ní ọgọ́rùn-ún mẹ́ta náírà fún jẹ́ríkénì kan.',
            '"Omi kànga wa ti gbẹ láti oṣù tó kọjá. A ní láti ra omi fún ìwẹ̀ àti ìdáná," ni Ìyá Fúnmiláyọ̀ Adéwálé, olùgbé Oke-Fia sọ.',
            'Àjọ tó ń rí sí ìpèsè omi ní ìpínlẹ̀ Ọ̀ṣun sọ pé àwọn ti ra ẹ̀rọ tuntun, àti pé omi yóò padà sí ọ̀pọ̀ àdúgbò ní òpin ọ̀sẹ̀ yìí.',
            'Àwọn olùgbé sọ pé àìsí omi ti mú kí àwọn ọmọ ilé ìwé máa pẹ́ dé ilé ìwé, nítorí pé wọ́n ní láti pọn omi ní kùtùkùtù òwúrọ̀ kí wọ́n tó lọ. Àwọn olùkọ́ kan ní ilé ìwé alákọ̀ọ́bẹ̀rẹ̀ ní Alékúwòdò jẹ́rìí sí i pé iye àwọn akẹ́kọ̀ọ́ tó ń pẹ́ dé ti pọ̀ sí i.',
            'Àwọn ilé ìtajà oúnjẹ àti àwọn ibi ìfọṣọ ní ìlú náà sọ pé owó omi ti dá kún owó tí wọ́n ń ná lójoojúmọ́, àwọn kan sì ti gbé owó ọjà wọn sókè. "Mo máa ń ra jẹ́ríkénì ogún lójúmọ́ fún ìfọṣọ. Báyìí owó omi ju èrè mi lọ," ni Ọ̀gbẹ́ni Kúnlé Ọdẹ́yẹmí, tó ní ilé ìfọṣọ kékeré, sọ.',
            'Àwọn dókítà ní ilé ìwòsàn ìjọba kan ní Òṣogbo kìlọ̀ pé omi tí kò mọ́ lè fa àrùn ìgbẹ́ gbuuru àti onígbáméjì, wọ́n sì rọ àwọn ènìyàn láti máa se omi kí wọ́n tó mu ún.',
            'Àwọn aṣojú àdúgbò sọ pé àwọn yóò ṣèpàdé pẹ̀lú àwọn aláṣẹ àjọ omi ní ọ̀sẹ̀ tó ń bọ̀ tí omi kò bá padà.',
        ],
    ),
}

# Somali
SO: dict[str, tuple[str, list[str]]] = {
    'so_galkayo': (
        'Qiimaha biyaha oo Gaalkacyo ku laban-laabmay, xoolo-dhaqatada oo magaalada u soo guuraya',
        [
            'Qiimaha biyaha ee magaalada Gaalkacyo iyo tuulooyinka ku xeeran ayaa labanlaabmay toddobaadyadii la soo dhaafay, kadib markii ceelal badan oo ku yaalla gobolka Mudug ay engegeen, sababtoo ay ah roobabkii dayrta oo yaraa.',
            'Haanta biyaha ee 200 litir ah oo bishii hore lagu iibinayay laba dollar ayaa hadda la gaarsiiyay afar ilaa shan dollar, sida ay sheegeen dadka degaanka. Gawaarida biyaha qaada ayaa sheegay in ay hadda ka keenaan ceelal ku yaalla masaafo dheer.',
            '"Carruurtayda waxay cabbaan hal koob maalintii. Xoolahayagii badankood way dhinteen, kuwa haray ayaan magaalada la soo aadnay," ayay tiri Faadumo Cabdi Warsame, oo ka timid tuulo ku taalla koonfurta Gaalkacyo.',
            "Qoysas badan oo xoolo-dhaqato ah ayaa soo gaaray xeryaha barakacayaasha ee duleedka magaalada, halkaas oo ay ku helaan biyo iyo cunto yar oo ay bixiyaan hay'adaha gargaarka iyo ganacsatada maxalliga ah.",
            "Maamulka gobolka ayaa ugu baaqay dowladda iyo hay'adaha caalamiga ah in ay si degdeg ah u soo gaarsiiyaan biyo iyo raashin, isla markaana ay dayactiraan ceelasha burburay.",
            "Khubarada cimilada ayaa digay in xaaladdu ay sii xumaan karto haddii roobabka gu'ga ay dib u dhacaan, sidii ay sanadihii hore dhacday.",
            'Odayaasha dhaqanka ee degaanka ayaa sheegay in ay abaabulayaan guddi maxalli ah oo qaybiya biyaha ceelasha weli shaqeeya, si loo yareeyo khilaafaadka ka dhex dhaca xoolo-dhaqatada.',
            'Isbitaalka guud ee Gaalkacyo ayaa sheegay in ay kordheen carruurta loo keenayo nafaqo-darro iyo shuban, gaar ahaan kuwa ka yimid xeryaha cusub. Dhakhaatiirta ayaa sheegay in biyaha aan nadiifka ahayn ay yihiin sababta ugu weyn ee shubanka.',
            '"Maalin walba waxaa noo yimaada ilaa soddon ilmood oo qaba shuban. Hooyooyinka badankood waxay keenaan biyo ay ka soo qaadeen balliyo," ayay tiri Dr. Hodan Maxamuud, oo ka shaqeysa qaybta carruurta ee isbitaalka.',
            'Ganacsatada suuqa xoolaha ee Gaalkacyo ayaa sheegay in qiimaha ariga iyo idaha uu hoos u dhacay, maadaama xoolo-dhaqatadu ay iibinayaan xoolahooda si ay u helaan lacag ay biyo iyo cunto ku iibsadaan. Riyaha oo bishii hore lagu iibinayay 60 dollar ayaa hadda lagu iibiyaa 35 dollar.',
            "Hay'adaha samafalka maxalliga ah ayaa bilaabay in ay gaadiid biyo ah u diraan tuulooyinka ugu saameynta badan, balse waxay sheegeen in baahidu ay aad uga badan tahay inta ay awoodaan.",
        ],
    ),
    'so_bosaso': (
        'Kalluumeysatada Boosaaso oo ka cabanaya doomo shisheeye oo xeebaha ku soo dhow',
        [
            'Kalluumeysatada magaalada Boosaaso ayaa sheegay in doomo waaweyn oo shisheeye ay si sharci darro ah uga kalluumeysanayaan biyaha u dhow xeebta, taasoo keentay in kalluunka ay soo qabtaan uu aad u yaraado.',
            '"Habeenkii waxaan aragnaa nalalka doomaha waaweyn. Subaxdii shabaggeenna waa madhan yahay," ayuu yiri Maxamed Siciid, oo ah kalluumeysato ka shaqeeya xeebta Boosaaso muddo labaatan sano ah.',
            'Suuqa kalluunka ee magaalada, qiimaha tuunada ayaa kor u kacay, halka ganacsatada ay sheegeen in ay adag tahay in la helo kalluun ku filan oo loo dhoofiyo dalalka Khaliijka.',
            'Wasaaradda kalluumeysiga ee maamulka ayaa sheegtay in ay qorsheyneyso in ay xoojiso ilaalada badda, ayna la shaqeyneyso ciidamada ilaalada xeebaha si loo joojiyo kalluumeysiga sharci darrada ah.',
            'Kalluumeysatada ayaa sheegay in doomaha shisheeye ay mararka qaarkood jarayaan shabaggooda, isla markaana ay ka cabsadaan in ay habeenkii u dhowaadaan. Qaar ka mid ah ayaa sheegay in ay lumiyeen qalab ay ku bixiyeen kumanaan dollar.',
            'Haweenka ka shaqeeya iibinta kalluunka ee suuqa ayaa sheegay in dakhligoodu uu si weyn hoos ugu dhacay. "Waxaan iibin jiray toban kiilo maalintii, hadda waxaan helaa saddex kiilo oo keliya," ayay tiri Sahra Cali, oo ah hooyo shan carruur ah dhashay.',
            'Khubarada badda ayaa sheegay in kalluumeysiga xad-dhaafka ah ee doomaha waaweyn uu khatar ku yahay kalluunka gobolka, gaar ahaan tuunada iyo kalluunka yaryar ee xeebaha u dhow, taasoo saameyn ku yeelan karta jiilalka soo socda.',
            'Ururka kalluumeysatada ee Boosaaso ayaa ku baaqay in la sameeyo diiwaan-gelin cusub oo doomaha oo dhan ah, si loo kala saaro kuwa sharciga ah iyo kuwa aan sharciga ahayn.',
        ],
    ),
}

# Zulu
ZU: dict[str, tuple[str, list[str]]] = {
    'zu_ulundi': (
        'Abafundi base-Ulundi bahamba amakhilomitha ayishumi njengoba kumiswe amabhasi esikole',
        [
            'Abafundi abangaphezu kwamakhulu amathathu ezikoleni ezine ezisemaphandleni aseduze ne-Ulundi sebehamba ngezinyawo amakhilomitha afika kwayishumi ukuya esikoleni, ngemuva kokuthi amabhasi abawathwalayo emisiwe ngenxa yokungakhokhelwa kwabanikazi bawo.',
            'Abanikazi bamabhasi bathi abakaze bakhokhelwe kusukela ngoNovemba ngumnyango wezemfundo wesifundazwe, futhi abasakwazi ukuthenga uphethiloli nokukhokhela abashayeli. Bathi isikweletu sesingaphezu kwezigidi ezimbili zamarandi.',
            '"Ingane yami ivuka ngehora lesine ekuseni, ifike esikoleni isikhathele kakhulu. Ezinye izingane azisayi esikoleni ngoba zesaba ukuhamba zodwa emgwaqeni," kusho uNkk. Thandeka Buthelezi wasendaweni yaseMpungamhlophe.',
            'Othishanhloko bezikole ezithintekayo bathi inani labafundi abafika esikoleni lehle ngesigamu, futhi abafundi bebanga le-12 abalungiselela izivivinyo zokuphela konyaka basengozini yokusalela emuva.',
            'Umkhulumeli womnyango wezemfundo KwaZulu-Natal uthe inkinga izoxazululwa kungakapheli leli sonto, futhi izinkokhelo zabanikazi bamabhasi sezigunyaziwe. Uthe umnyango uzobuyekeza uhlelo lokuthutha abafundi ukuze kungaphinde kwenzeke lokhu.',
            'Abazali bathi bazobhikisha phambi kwehhovisi lomnyango e-Ulundi uma amabhasi engaqali ukusebenza ngoMsombuluko.',
            'Abanye abafundi sebeqale ukuhlala nezihlobo zabo edolobheni ukuze basondele ezikoleni, kodwa abazali abaningi bathi abanamali yokubondla kude nekhaya. "Asinamali yokukhokhela umuntu ozobheka izingane zethu edolobheni," kusho omunye ubaba ebuthweni labazali.',
            'Amakhansela endawo athi sebekhulume nabanikazi bamatekisi ukuze bathuthe abafundi ngenani eliphansi okwesikhashana, kodwa iningi labazali alikwazi ukukhokha ngisho lelo nani. Inhlangano yabazali ithi izocela usizo kumasipala ukuze kutholakale imali yokuthutha izingane zebanga eliphansi.',
            'Uthisha omkhulu wesinye sezikole ezithintekayo uthe izingane ezincane ziyacaphuna ebangeni lokuqala ukuze zigweme umgwaqo omkhulu, zihamba emahlathini nasemifuleni. "Sinovalo ngempilo yazo nsuku zonke," kusho uthisha. "Uma kuna, imifula iyagcwala futhi azikwazi ukuwela."',
            'Izinhlangano zothisha nazo zithe zizobhalela umnyango zifuna ukuthi kusungulwe uhlelo olusha lokukhokhela abanikazi bamabhasi ngesikhathi, ngoba lokhu sekuyinkinga ephindaphindayo minyaka yonke.',
        ],
    ),
    'zu_eshowe': (
        'Umgwaqo oya e-Eshowe usugcwele imigodi, abashayeli bamatekisi bathi bazomisa umsebenzi',
        [
            'Abashayeli bamatekisi abasebenza emgwaqeni ophakathi kwe-Eshowe neGingindlovu bathi bazomisa umsebenzi ngoMsombuluko uma umnyango wezokuthutha ungaqali ukulungisa imigodi esemgwaqeni.',
            'Bathi imigodi emikhulu edalwe yimvula enkulu kaJanuwari isilimaze izimoto eziningi, futhi izingozi sezandile kulo mgwaqo.',
            '"Ngikhokhe ngaphezu kwezinkulungwane eziyisithupha zamarandi ukulungisa isondo nesigaxa semoto yami kuleli nyanga," kusho uMnu. Sipho Ntuli, ongumshayeli wetekisi.',
            'Umnyango wezokuthutha uthe usuqashe usonkontileka futhi umsebenzi wokuvala imigodi uzoqala ngaphambi kokuphela kwenyanga.',
            'Abahlali bezindawo ezisemaphandleni ezinjengoNtumeni nase-Mpushini bathi bathembele kakhulu kulo mgwaqo ukuya emitholampilo nasezitolo e-Eshowe. Bathi uma amatekisi emisa umsebenzi, abantu abadala nabagulayo bazohlupheka kakhulu.',
            '"Sihamba amahora amabili ukuya emtholampilo uma amatekisi engekho. Abantu abadala abakwazi ukuhamba lelo banga," kusho uNkk. Zodwa Mthethwa wase-Ntumeni.',
            'Inhlangano yamatekisi endaweni ithe izinkinga zalo mgwaqo sezaziwa iminyaka eminingi, futhi imigodi ibuye ivuleke ngemuva kokuvalwa okwesikhashana ngesikhathi semvula. Ifuna ukuthi umgwaqo wakhiwe kabusha kunokuba kuvalwe imigodi kuphela.',
            'Ikhansela lendawo lithe lizohlangana nabaholi bamatekisi nabomnyango ngoLwesihlanu ukuze kutholakale isixazululo ngaphambi kokuthi kumiswe umsebenzi.',
        ],
    ),
}

STORIES42: dict[str, dict[str, tuple[str, list[str]]]] = {
    'en': EN,
    'mr': MR,
    'te': TE,
    'ml': ML,
    'gu': GU,
    'si': SI,
    'my': MY,
    'km': KM,
    'th': TH,
    'tl': TL,
    'yo': YO,
    'so': SO,
    'zu': ZU,
}
