package dev.herald.bot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the bot module's shape as its package-info files state it: each platform adapter stands alone (adding one
 * touches no other), and the product never imports a test double or a benchmark.
 */
class BotArchitectureTest {
  static final List<String> ADAPTERS = List.of("slack", "discord", "console");

  static JavaClasses bot;

  @BeforeAll
  static void importBot() {
    bot = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.herald.bot");
  }

  @Test
  void theBotWasImported() {
    assertFalse(bot.isEmpty(), "no classes imported from dev.herald.bot");
    assertFalse(bot.that(com.tngtech.archunit.base.DescribedPredicate.describe("an adapter",
        c -> c.getPackageName().equals("dev.herald.bot.slack"))).isEmpty(), "no Slack classes imported");
  }

  @Test
  void eachAdapterStandsAlone() {
    for (String adapter : ADAPTERS) {
      List<String> others = ADAPTERS.stream().filter(a -> !a.equals(adapter)).map(a -> "dev.herald.bot." + a + "..")
          .toList();
      noClasses().that().resideInAPackage("dev.herald.bot." + adapter + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
          .because("an adapter translates for one platform; adding or changing one touches no other")
          .check(bot);
      noClasses().that().resideInAPackage("dev.herald.bot." + adapter + "..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.herald.bot", "dev.herald.bot.cli..",
              "dev.herald.bot.offline..", "dev.herald.bot.bench..", "dev.herald.bot.fake..")
          .because("the composition root and the commands use the adapters, not the other way round")
          .check(bot);
    }
  }

  @Test
  void theProductNeverImportsAFakeOrABenchmark() {
    noClasses().that().resideInAnyPackage("dev.herald.bot", "dev.herald.bot.slack..", "dev.herald.bot.discord..",
            "dev.herald.bot.console..", "dev.herald.bot.offline..", "dev.herald.bot.logging..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.herald.bot.fake..", "dev.herald.bot.bench..",
            "dev.herald..eval..")
        .because("fakes and benchmarks serve tests and bench commands, never the running bot")
        .check(bot);
  }

  @Test
  void fakesKnowOnlyThePlatformsWireFormat() {
    noClasses().that().resideInAPackage("dev.herald.bot.fake..")
        .should().dependOnClassesThat(resideInAPackage("dev.herald..").and(not(resideInAPackage("dev.herald.bot.fake.."))))
        .orShould().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..")
        .because("a fake answers like the platform; it must not share code with the client it is testing")
        .check(bot);
  }
}
