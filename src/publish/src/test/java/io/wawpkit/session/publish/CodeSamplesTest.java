package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The reference page's samples compile: the TypeScript ones with tsc against the published client, the Java ones against the client. */
class CodeSamplesTest {
  private static final List<SpecOperation> OPERATIONS = WawpSpec.load(Published.BUNDLE).operations();

  @Test
  void everyTypeScriptSampleTypeChecks() throws IOException {
    QuickStartTest.compiledTypeScript();
    Path dir = QuickStartTest.TS_WORK.resolve("samples");
    Files.createDirectories(dir);
    List<String> command = new ArrayList<>(List.of(Published.ROOT.resolve("node_modules/.bin/tsc").toAbsolutePath().toString(),
        "--noEmit", "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "node", "--types", "node",
        "--typeRoots", Published.ROOT.resolve("node_modules/@types").toAbsolutePath().toString(), "--skipLibCheck"));
    for (SpecOperation op : OPERATIONS) {
      Path file = dir.resolve(op.operationId() + ".ts");
      Files.writeString(file, CodeSamples.typeScript(op.operationId(), op.operation().getTags().get(0), v1Only(op)));
      command.add(file.getFileName().toString());
    }
    Published.Run run = Published.run(dir, command, 180);
    assertThat(run.exit()).as(run.output()).isZero();
  }

  @Test
  void everyJavaSampleCompilesAgainstTheClient() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (SpecOperation op : OPERATIONS) {
      String body = CodeSamples.java(op.operationId(), op.operation().getTags().get(0), v1Only(op));
      String name = "Sample_" + op.operationId();
      String code = """
          import io.wawpkit.session.client.WawpClient;
          import io.wawpkit.session.client.WawpInstance;
          import io.wawpkit.session.client.auth.CredentialForm;
          import java.util.List;
          class %s {
            void run() {
          %s
            }
          }
          """.formatted(name, body);
      sources.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return code;
        }
      });
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    Path classes = Files.createDirectories(Published.WORK.resolve("java-samples"));
    boolean ok = javac.getTask(out, null, null, List.of("-classpath", System.getProperty("java.class.path"), "-d",
        classes.toString(), "-proc:none", "-Xlint:none", "-Xdiags:verbose"), null, sources).call();
    assertThat(ok).as(out.toString()).isTrue();
    assertThat(classes.resolve("Sample_getSessionInfo.class")).exists();
  }

  private static boolean v1Only(SpecOperation op) {
    return op.apiVersions().equals(List.of("v1"));
  }
}
