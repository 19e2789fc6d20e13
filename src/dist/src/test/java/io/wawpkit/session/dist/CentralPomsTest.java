package io.wawpkit.session.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelSource2;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The poms the build installs and would deploy (each module's .flattened-pom.xml, which the flatten
 * plugin puts in place of pom.xml) carry what Maven Central requires: name, description, url,
 * licenses, scm and developers. Each is read as Maven reads it from a repository, its parent
 * resolved to the installed parent pom, and the effective model is checked.
 */
class CentralPomsTest {
  static final Path ROOT = Path.of(System.getProperty("root.dir", "../.."));
  static final String VERSION = System.getProperty("project.version");
  static final String URL = "https://github.com/wawpkit/wawp-session";
  static final List<String> LIBRARIES = List.of("wawp-session-spec", "wawp-session-generated",
      "wawp-session-common", "wawp-session-client", "wawp-session-mock", "wawp-session-conformance");

  static Path installedPom(String artifactId) {
    String dir = switch (artifactId) {
      case "wawp-session-parent" -> ".";
      case "wawp-session-spec" -> "openapi";
      case "wawp-session-generated" -> "generated";
      case "wawp-session-conformance" -> "conformance";
      default -> "src/" + artifactId.substring("wawp-session-".length());
    };
    Path pom = ROOT.resolve(dir).resolve(".flattened-pom.xml");
    assertThat(pom).as("the installed pom of " + artifactId + " (the build writes it in process-resources)").isRegularFile();
    return pom;
  }

  /** The effective model of an installed pom, as a build that depends on it sees it. */
  static Model effective(String artifactId) throws Exception {
    DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
    request.setModelSource(new FileModelSource(installedPom(artifactId).toFile()));
    request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MAVEN_3_0);
    request.setProcessPlugins(false);
    request.setTwoPhaseBuilding(false);
    request.setSystemProperties(new Properties());
    request.setModelResolver(new InstalledParents());
    return new DefaultModelBuilderFactory().newInstance().build(request).getEffectiveModel();
  }

  @ParameterizedTest
  @ValueSource(strings = {"wawp-session-parent", "wawp-session-bom", "wawp-session-spec", "wawp-session-generated",
      "wawp-session-common", "wawp-session-client", "wawp-session-mock", "wawp-session-conformance"})
  void carriesWhatCentralRequires(String artifactId) throws Exception {
    String raw = Files.readString(installedPom(artifactId));
    assertThat(raw).as("no unresolved version property").doesNotContain("${revision}");

    Model pom = effective(artifactId);
    assertThat(pom.getGroupId()).isEqualTo("io.wawpkit");
    assertThat(pom.getArtifactId()).isEqualTo(artifactId);
    assertThat(pom.getVersion()).isEqualTo(VERSION);
    assertThat(pom.getName()).as("name").isNotBlank().startsWith("Wawp session");
    assertThat(pom.getDescription()).as("description").isNotBlank();
    assertThat(pom.getUrl()).as("url: the project's, not <url>/<artifactId>").isEqualTo(URL);
    assertThat(pom.getLicenses()).as("licenses").singleElement().satisfies(l -> {
      assertThat(l.getName()).isEqualTo("Apache-2.0");
      assertThat(l.getUrl()).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
    });
    assertThat(pom.getScm()).as("scm").isNotNull();
    assertThat(pom.getScm().getUrl()).isEqualTo(URL);
    assertThat(pom.getScm().getConnection()).isEqualTo("scm:git:" + URL + ".git");
    assertThat(pom.getScm().getDeveloperConnection()).isEqualTo("scm:git:git@github.com:wawpkit/wawp-session.git");
    assertThat(pom.getDevelopers()).as("developers").isNotEmpty()
        .allSatisfy(d -> assertThat(d.getName()).isNotBlank());
  }

  @Test
  void everyLibraryNamesItself() throws Exception {
    for (String library : LIBRARIES) {
      assertThat(effective(library).getName()).as(library).isNotEqualTo(effective("wawp-session-parent").getName());
    }
  }

  @Test
  void theBomAlignsEveryLibraryAndImportsNothingElse() throws Exception {
    Model raw = new org.apache.maven.model.io.xpp3.MavenXpp3Reader()
        .read(Files.newBufferedReader(installedPom("wawp-session-bom")));
    // Without the parent: importing the BOM must not import the parent's dependencyManagement
    // (Jackson, JUnit, Feign, ...) into a user's build.
    assertThat(raw.getParent()).as("the installed BOM has no parent").isNull();
    assertThat(raw.getProperties()).as("nor the build's properties").isEmpty();

    Model bom = effective("wawp-session-bom");
    assertThat(bom.getPackaging()).isEqualTo("pom");
    List<Dependency> managed = bom.getDependencyManagement().getDependencies();
    assertThat(managed).extracting(Dependency::getArtifactId).containsExactlyInAnyOrderElementsOf(LIBRARIES);
    assertThat(managed).allSatisfy(d -> {
      assertThat(d.getGroupId()).isEqualTo("io.wawpkit");
      assertThat(d.getVersion()).isEqualTo(VERSION);
    });
  }

  @Test
  void theReadmeInstallSectionNamesThisVersion() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("<artifactId>wawp-session-bom</artifactId>\n      <version>" + VERSION + "</version>")
        .contains("`scripts/install`", "`scripts/dist [DEST]`", "target/release/wawp-session-" + VERSION + "/",
            "wawp-session-published-" + VERSION + ".zip", "wawpkit-wawp-session-client-" + VERSION + ".tgz",
            "wawp_session-" + VERSION + "-py3-none-any.whl");
    assertThat(ROOT.resolve("scripts/install")).isRegularFile();
    assertThat(ROOT.resolve("scripts/dist")).isRegularFile();
  }

  /**
   * Resolves io.wawpkit:wawp-session-parent to this build's installed parent pom, and the BOMs it
   * imports (Jackson's, JUnit's) from the local repository, where the build resolved them.
   */
  private static final class InstalledParents implements ModelResolver {
    private static final Path LOCAL_REPO = Path.of(System.getProperty("local.repo",
        System.getProperty("user.home") + "/.m2/repository"));

    @Override
    public ModelSource2 resolveModel(String groupId, String artifactId, String version) throws UnresolvableModelException {
      if (groupId.equals("io.wawpkit") && artifactId.equals("wawp-session-parent") && version.equals(VERSION)) {
        return new FileModelSource(installedPom(artifactId).toFile());
      }
      Path pom = LOCAL_REPO.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
          .resolve(artifactId + "-" + version + ".pom");
      if (Files.isRegularFile(pom)) {
        return new FileModelSource(pom.toFile());
      }
      throw new UnresolvableModelException("not in " + LOCAL_REPO, groupId, artifactId, version);
    }

    @Override
    public ModelSource2 resolveModel(Parent parent) throws UnresolvableModelException {
      return resolveModel(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
    }

    @Override
    public ModelSource2 resolveModel(Dependency dependency) throws UnresolvableModelException {
      return resolveModel(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
    }

    @Override
    public void addRepository(Repository repository) {}

    @Override
    public void addRepository(Repository repository, boolean replace) {}

    @Override
    public ModelResolver newCopy() {
      return this;
    }
  }
}
