namespace CorpusGen.Core.Entities;

/// <summary>
/// Well-known organisations: <c>Name|alias|alias;ACRONYM;descriptor|descriptor</c>. Descriptors are the
/// nouns a text uses for them once named ("the alliance" is NATO).
/// </summary>
internal static class KnownOrganizations
{
    public const string Data = @"
North Atlantic Treaty Organization|North Atlantic Treaty Organisation;NATO;alliance|military alliance|bloc
United Nations|U.N.;UN;world body|organization
United Nations Security Council|Security Council|U.N. Security Council|UN Security Council;UNSC;council
United Nations General Assembly|General Assembly|UN General Assembly;UNGA;assembly
European Union|E.U.;EU;bloc|union
European Commission;;commission
World Health Organization;WHO;agency|organization
International Monetary Fund;IMF;fund|lender
World Bank;;bank|lender
World Trade Organization;WTO;organization
Organization of the Petroleum Exporting Countries;OPEC;cartel|group
Group of Seven;G7;group
Group of 20;G20;group
Association of Southeast Asian Nations;ASEAN;bloc|group
African Union;AU;union|bloc
Federal Bureau of Investigation|Bureau;FBI;bureau|agency
Central Intelligence Agency;CIA;agency
National Security Agency;NSA;agency
Department of Justice|Justice Department;DOJ;department
Department of Homeland Security|Homeland Security;DHS;department
State Department|Department of State;;department
Pentagon|Department of Defense|Defense Department;DOD;department
White House;;administration
Congress;;congress
Senate|U.S. Senate|US Senate;;chamber|senate
House of Representatives|U.S. House;;chamber|house
Supreme Court|U.S. Supreme Court;;court
Federal Reserve|Fed;;central bank|bank
Environmental Protection Agency;EPA;agency
Internal Revenue Service;IRS;agency
Securities and Exchange Commission;SEC;commission|agency
Federal Election Commission;FEC;commission
Democratic National Committee;DNC;committee
Republican National Committee;RNC;committee
Democratic Party|Democrats;;party
Republican Party|Republicans|Grand Old Party;GOP;party
Kremlin;;kremlin
Hamas;;group|militant group
Hezbollah;;group|militant group
Taliban;;group|militants
Islamic State|ISIS|ISIL|Daesh;IS;group|militant group
Al Qaeda|al-Qaeda|al Qaeda;;group|network
Associated Press;AP;agency|news agency
Reuters;;agency|news agency
Agence France-Presse;AFP;agency|news agency
CNN;;network|broadcaster
Fox News;;network|broadcaster
NBC News|NBC;;network
CBS News|CBS;;network
ABC News|ABC;;network
MSNBC;;network
BBC;;broadcaster
New York Times|The New York Times;;newspaper|paper
Washington Post|The Washington Post;;newspaper|paper
Wall Street Journal|The Wall Street Journal;WSJ;newspaper|paper
New York Post;;newspaper|paper
Politico;;publication
Breitbart News|Breitbart;;website|outlet
The Hill;;newspaper|publication
TheBlaze|The Blaze;;website|outlet
The Federalist;;website|publication
Huffington Post|The Huffington Post|HuffPost|HuffPo;;website|publication
ProPublica;;newsroom|publication
Xinhua|Xinhua News Agency;;agency|news agency
Pew Research Center|Pew Research|Pew;;center|think tank
USA Today|USA TODAY;;newspaper|paper
Los Angeles Times|The Los Angeles Times|L.A. Times;;newspaper|paper
Chicago Tribune|The Chicago Tribune;;newspaper|paper
Boston Globe|The Boston Globe;;newspaper|paper
Washington Examiner|The Washington Examiner;;newspaper|publication
Daily Caller|The Daily Caller;;website|publication
National Review;;magazine|publication
PolitiFact|Politifact;;website|fact-checker
NPR;;network|broadcaster
PBS;;network|broadcaster
Univision;;network|broadcaster
Clinton Foundation;;foundation|charity
Trump Organization;;company
Quinnipiac University;;university
Google;;company
Facebook;;company|social network
Twitter;;company
Apple;;company
Microsoft;;company
Amazon;;company
Verizon;;company
";
}
