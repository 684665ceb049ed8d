package dev.herald.bot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.herald.bot.Main;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the bot module's shape as its package-info files state it: each platform adapter stands alone (adding one
 * touches no other), and the product jar neither holds nor imports a test double or a benchmark. (That the fakes
 * share no code with the clients they test is enforced by testkit's POM: it depends on no Herald module and no SDK.)
 */
class BotArchitectureTest {
  static final List<String> ADAPTERS = List.of("slack", "discord", "console");

  static JavaClasses bot;

  /** The bot module's own main classes (what goes into herald.jar), not the test kit or anything else on the path. */
  @BeforeAll
  static void importBot() {
    bot = new ClassFileImporter().importUrl(Main.class.getProtectionDomain().getCodeSource().getLocation());
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
              "dev.herald.bot.offline..", "dev.herald.bench.fanout..", "dev.herald.bot.fake..")
          .because("the composition root and the commands use the adapters, not the other way round")
          .check(bot);
    }
  }

  @Test
  void theProductNeverImportsAFakeOrABenchmark() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.herald.bot.fake..", "dev.herald.bench..",
            "dev.herald..eval..")
        .because("fakes (testkit/) and benchmarks (bench/) serve tests and bench commands, never the running bot")
        .check(bot);
  }

  @Test
  void theProductJarHoldsNoFakeOrBenchmarkClass() {
    List<String> misplaced = bot.stream().map(JavaClass::getName)
        .filter(n -> n.matches("dev\\.herald\\.(bot\\.fake|bot\\.bench|bench)\\..*|.*\\.eval\\..*|.*\\.cli\\.Bench.*"))
        .toList();
    assertEquals(List.of(), misplaced, "fakes belong in testkit/, benchmarks and their evaluation code in bench/");
  }
}
