package org.jointcultivation.examples.bench.threerules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;

/** {@link ThreeRules} in Drools: the rules in {@code three-rules.drl}, one stateless evaluation per cohort. */
public final class DroolsThreeRules {
  private static final String DRL = "three-rules.drl";

  private final KieBase kieBase;

  private DroolsThreeRules(KieBase kieBase) {
    this.kieBase = kieBase;
  }

  /** Compiles the DRL; fails on any compilation error, naming it. */
  public static DroolsThreeRules compile() {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write("src/main/resources/org/jointcultivation/examples/bench/threerules/" + DRL, read());
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(DRL + " does not compile: " + builder.getResults().getMessages());
    }
    return new DroolsThreeRules(services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
  }

  private static String read() {
    try (InputStream in = Objects.requireNonNull(DroolsThreeRules.class.getResourceAsStream(DRL), DRL)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every breach in the cohort, in firing order (a publication with two matching teams fires twice). */
  public List<String> breaches(Facts.Cohort cohort) {
    List<String> breaches = new ArrayList<>();
    StatelessKieSession session = kieBase.newStatelessKieSession();
    session.setGlobal("breaches", breaches);
    session.execute(cohort.all());
    return breaches;
  }
}
