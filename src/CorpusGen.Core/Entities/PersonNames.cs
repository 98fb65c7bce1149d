namespace CorpusGen.Core.Entities;

/// <summary>What marks a capitalised name as a person's: a title before it, or a known first name.</summary>
internal static class PersonNames
{
    /// <summary>Titles that precede a name ("Secretary-General Jens Stoltenberg", "Sen. Tim Kaine").</summary>
    public const string Titles = @"
President Vice-President Secretary-General Secretary Minister Chancellor Premier Senator Sen Representative Rep
Governor Gov Mayor Judge Justice Ambassador Speaker Chairman Chairwoman Chair Director Commissioner Leader
King Queen Prince Princess Pope Sheikh Emir General Gen Admiral Adm Colonel Col Lieutenant Lt Captain Capt
Sergeant Sgt Major Officer Detective Dr Mr Mrs Ms Miss Professor Prof Rev Reverend Father Bishop Archbishop Cardinal Pastor Rabbi Sir
Spokesman Spokeswoman Spokesperson Candidate Nominee Attorney Prosecutor Sheriff Chief CEO Founder Coach
Deputy Acting Former Foreign Defense Defence Prime Interior Finance Trade State Health Press Campaign
Whip Congressman Congresswoman";

    /// <summary>Common first names; with a capitalised word after them they name a person.</summary>
    public const string FirstNames = @"
Aaron Abigail Adam Adrian Al Alan Albert Alex Alexander Alexandria Alice Alicia Allen Amanda Amy Andrea Andrew
Angela Ann Anna Anne Anthony Antonin Barack Barbara Ben Benjamin Bernie Beto Betsy Bill Billy Bob Bobby Brad Bradley
Brandon Brenda Brett Brian Bruce Carl Carly Carol Caroline Catherine Chad Charles Charlie Chelsea Chris Christie
Christina Christine Christopher Chuck Cindy Claire Corey Cory Dan Daniel Danny David Dean Debbie Deborah Dennis
Diane Dick Don Donald Donna Doug Douglas Ed Eddie Edward Elizabeth Ellen Elijah Emily Emma Eric Erica Eugene Evan
Frank Fred Gary George Gerald Gina Glenn Gloria Grace Greg Gregory Hank Harold Harry Heather Heidi Helen Henry
Hillary Hope Howard Huma Ivanka Jack Jacob James Jamie Jane Janet Jared Jason Jeb Jeff Jeffrey Jen Jennifer Jens
Jeremy Jerry Jessica Jill Jim Jimmy Joan Joe Joel John Johnny Jon Jonathan Jose Joseph Josh Joshua Juan Judy Julia
Julian Julie Justin Karen Kate Katherine Kathleen Kathy Katie Keith Kelly Kellyanne Ken Kenneth Kevin Kim Kimberly
Kirsten Kris Kristen Kyle Larry Laura Lauren Lawrence Lee Leon Linda Lindsey Lisa Loretta Lori Louis Lucy Luis
Lynn Madeleine Marco Margaret Maria Marie Mark Marsha Martha Martin Mary Matt Matthew Megyn Melania Melanie Melissa Michael
Michele Michelle Mike Mitch Mitt Mohammed Muhammad Nancy Nathan Neil Newt Nicholas Nick Nicole Nikki Olivia Pam
Pat Patricia Patrick Paul Paula Peter Phil Philip Rachel Rahm Ralph Rand Randy Raymond Reince Rebecca Reid Rex
Richard Rick Rob Robert Robin Rod Roger Ron Ronald Rose Rudy Russell Ruth Ryan Sam Samantha Samuel Sandra Sara
Sarah Scott Sean Sergei Sergey Shawn Sheldon Sherrod Sonia Stephanie Stephen Steve Steven Susan Suzanne Tammy
Ted Terry Theresa Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Travis Vladimir Walter Wayne Wendy Whitney
William Xi Yuri Zach Emmanuel Angela Narendra Shinzo Recep Benjamin Volodymyr Justin Theresa Boris Olaf Rishi Keir
Kamala Nikki Ron Pete Elizabeth Cory Amy Jay Tulsi Joaquin Julian Kirsten Marianne Andrew Tom Steve Bashar Kim
Jean Pierre Francois Hassan Ali Ahmed Omar Abdullah Recep Fidel Raul Hugo Nicolas Jair Luiz Javier Pedro Carlos";

    /// <summary>
    /// The first names above (and a few more) that are a woman's; the ones in <see cref="EitherFirstNames"/>
    /// are anyone's; every other first name above is a man's. Used only to keep "he" off a woman and
    /// "she" off a man.
    /// </summary>
    public const string FemaleFirstNames = @"
Abigail Alexandria Alice Alicia Amanda Amy Andrea Angela Ann Anna Anne Barbara Betsy Brenda Carly Carol Caroline
Catherine Chelsea Christina Christine Cindy Claire Debbie Deborah Diane Donna Elizabeth Ellen Emily Emma Erica
Gina Gloria Grace Heather Heidi Helen Hillary Hope Huma Ivanka Jane Janet Jen Jennifer Jessica Jill Joan Judy
Julia Julie Kamala Karen Kate Katherine Kathleen Kathy Katie Kellyanne Kimberly Kirsten Kristen Laura Lauren Linda
Lisa Loretta Lori Lucy Madeleine Margaret Maria Marie Marianne Marsha Martha Mary Megyn Melania Melanie Melissa Michele
Michelle Nancy Nicole Nikki Olivia Pam Patricia Paula Rachel Rebecca Rose Ruth Samantha Sandra Sara Sarah Sonia
Stephanie Susan Suzanne Tammy Theresa Tina Tulsi Wendy Whitney";

    /// <summary>
    /// Nouns for what people are or do ("pollster", "aide", "father"): beside a capitalised name ("pollster
    /// Geoff Garin", "Ari Fleischer, a former spokesman") they tell a person from a thing.
    /// </summary>
    public const string PersonNouns = @"
spokesman spokeswoman spokesperson pollster strategist staffer aide adviser advisor reporter correspondent columnist
commentator analyst economist professor lawyer attorney director chairman chairwoman founder co-founder executive
official manager host anchor editor writer author activist candidate senator congressman congresswoman governor mayor
secretary minister ambassador judge leader father mother son daughter wife husband brother sister widow resident
voter supporter organizer organiser consultant operative lobbyist researcher scientist historian expert student
teacher doctor physician nurse pastor priest rabbi imam actor actress singer comedian musician producer owner
treasurer delegate nominee veteran soldier worker farmer retiree businessman businesswoman billionaire investor
entrepreneur commissioner sheriff prosecutor lawmaker legislator politician diplomat journalist blogger
president vice-president chief deputy partner fellow scholar critic donor fundraiser campaigner protester
co-host moderator panelist contributor member";

    public const string EitherFirstNames = "Kelly Lee Jamie Pat Robin Kris Lynn Terry Tracy Kim Jean Sam Alex Chris Jay Lindsey Christie";

    public const string MaleTitles = "Mr Sir King Prince Pope Father Sheikh Emir Chairman Spokesman Congressman Bishop Cardinal";
    public const string FemaleTitles = "Mrs Ms Miss Queen Princess Chairwoman Spokeswoman Congresswoman";
}
