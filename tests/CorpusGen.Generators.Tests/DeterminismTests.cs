using System.Globalization;
using System.Linq;
using System.Threading;
using Xunit;

namespace CorpusGen.Generators.Tests;

public class DeterminismTests
{
    private static string[] Outputs(TestAdditionalText[] seeds) =>
        TestHelpers.Run(seeds).Result.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText)
            .ToArray();

    private static TestAdditionalText[] Seeds() => new[]
    {
        new TestAdditionalText(TestHelpers.SeedPath("000_18b1dbad23bf8012.txt"), TestHelpers.SeedText("000_18b1dbad23bf8012.txt")),
        new TestAdditionalText(TestHelpers.SeedPath("b.txt"), "Istanbul İzmir ıi\n\n“Iİıi,” said Governor Işık Ilgaz. Türkiye and Turkey agreed."),
        new TestAdditionalText(TestHelpers.SeedPath("c.txt"), "Same\n\nOne."),
        new TestAdditionalText(TestHelpers.SeedPath("d.txt"), "Same\n\nTwo."),
    };

    [Fact]
    public void Output_does_not_depend_on_the_order_of_additional_files()
    {
        var seeds = Seeds();
        Assert.Equal(Outputs(seeds), Outputs(seeds.Reverse().ToArray()));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var expected = Outputs(Seeds());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            Assert.Equal(expected, Outputs(Seeds()));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }
}
