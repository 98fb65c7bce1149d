namespace CorpusGen.Core.Entities;

/// <summary>
/// The built-in gazetteer: countries, capitals and large cities, US states, regions. One line a place:
/// <c>Name|alias|alias;demonym|demonym</c>. Aliases and demonyms are mentions of the same place.
/// </summary>
internal static class KnownPlaces
{
    public const string Data = @"
Afghanistan;Afghan|Afghans
Albania;Albanian
Algeria;Algerian
Argentina;Argentine|Argentinian
Armenia;Armenian
Australia;Australian|Australians
Austria;Austrian
Azerbaijan;Azerbaijani
Bahrain;Bahraini
Bangladesh;Bangladeshi
Belarus;Belarusian
Belgium;Belgian
Bolivia;Bolivian
Bosnia|Bosnia and Herzegovina;Bosnian
Brazil;Brazilian|Brazilians
Bulgaria;Bulgarian
Cambodia;Cambodian
Canada;Canadian|Canadians
Chile;Chilean
China|People's Republic of China|PRC|Mainland China;Chinese
Colombia;Colombian
Croatia;Croatian
Cuba;Cuban|Cubans
Cyprus;Cypriot
Czech Republic|Czechia;Czech
Denmark;Danish
Ecuador;Ecuadorian
Egypt;Egyptian|Egyptians
Estonia;Estonian
Ethiopia;Ethiopian
Finland;Finnish
France|French Republic;French
Georgia;Georgian
Germany|Federal Republic of Germany;German|Germans
Ghana;Ghanaian
Greece;Greek|Greeks
Guatemala;Guatemalan
Haiti;Haitian|Haitians
Honduras;Honduran
Hong Kong
Hungary;Hungarian
Iceland;Icelandic
India;Indian|Indians
Indonesia;Indonesian
Iran|Islamic Republic of Iran;Iranian|Iranians
Iraq;Iraqi|Iraqis
Ireland;Irish
Israel;Israeli|Israelis
Italy;Italian|Italians
Jamaica;Jamaican
Japan;Japanese
Jordan;Jordanian
Kazakhstan;Kazakh
Kenya;Kenyan
Kosovo
Kuwait;Kuwaiti
Latvia;Latvian
Lebanon;Lebanese
Libya;Libyan|Libyans
Lithuania;Lithuanian
Malaysia;Malaysian
Mexico;Mexican|Mexicans
Moldova;Moldovan
Mongolia;Mongolian
Morocco;Moroccan
Myanmar|Burma;Burmese
Nepal;Nepali
Netherlands|Holland;Dutch
New Zealand;New Zealander
Nicaragua;Nicaraguan
Nigeria;Nigerian
North Korea|DPRK|Democratic People's Republic of Korea;North Korean|North Koreans
Norway;Norwegian
Oman;Omani
Pakistan;Pakistani|Pakistanis
Palestine|Palestinian Territories;Palestinian|Palestinians
Panama;Panamanian
Peru;Peruvian
Philippines;Filipino|Philippine
Poland;Polish
Portugal;Portuguese
Qatar;Qatari
Romania;Romanian
Russia|Russian Federation;Russian|Russians
Rwanda;Rwandan
Saudi Arabia;Saudi|Saudis
Serbia;Serbian
Singapore;Singaporean
Slovakia;Slovak
Slovenia;Slovenian
Somalia;Somali
South Africa;South African
South Korea|Republic of Korea;South Korean|South Koreans
Spain;Spanish
Sri Lanka;Sri Lankan
Sudan;Sudanese
Sweden;Swedish
Switzerland;Swiss
Syria;Syrian|Syrians
Taiwan;Taiwanese
Thailand;Thai
Tunisia;Tunisian
Turkey|Turkiye|Türkiye;Turkish
Uganda;Ugandan
Ukraine;Ukrainian|Ukrainians
United Arab Emirates|UAE;Emirati
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons
United States|United States of America|US|U.S.|USA|U.S.A.|America;American|Americans
Uruguay;Uruguayan
Uzbekistan;Uzbek
Venezuela;Venezuelan|Venezuelans
Vietnam;Vietnamese
Yemen;Yemeni
Zimbabwe;Zimbabwean
Africa;African|Africans
Asia;Asian|Asians
Europe;European|Europeans
Latin America;Latin American
Middle East;Middle Eastern
North America
South America
Central America
Southeast Asia
East Asia
South Asia
Central Asia
Eastern Europe
Western Europe
Balkans
Caribbean
Arctic
Antarctica
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indo-Pacific
Gaza|Gaza Strip
West Bank
Crimea
Donbas|Donbass
Kashmir
Tibet;Tibetan
Xinjiang
Beijing
Moscow
Kyiv|Kiev
London
Paris
Berlin
Brussels
Tokyo
Seoul
Pyongyang
Tehran
Baghdad
Damascus
Jerusalem
Tel Aviv
Cairo
Ankara
Istanbul
New Delhi|Delhi
Mumbai
Islamabad
Kabul
Canberra
Wellington
Ottawa
Mexico City
Havana
Caracas
Rome
Madrid
Lisbon
Vienna
Warsaw
Geneva
The Hague
Washington|Washington, D.C.|Washington DC|D.C.
New York|New York City|NYC
Los Angeles
Chicago
Houston
Philadelphia
Boston
Miami
Atlanta
San Francisco
Seattle
Detroit
Las Vegas
Denver
Dallas
Phoenix
Cleveland
Baltimore
New Orleans
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Puerto Rico
";
}
