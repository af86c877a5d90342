package org.pattoo.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR that {@code mvn package} built, as Arquillian deploys it: tests run the real thing. */
public final class PattooEar {

  private static final String WAR = "pattoo-war.war";
  private static final String EJB = "pattoo-ejb.jar";

  private PattooEar() {}

  /** The EAR exactly as built. */
  public static EnterpriseArchive asBuilt() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/pattoo.ear"));
  }

  /** The EAR with test classes added to its web module, for tests that run inside the server. */
  public static EnterpriseArchive withTestClasses(Class<?>... classes) {
    return addTestClasses(asBuilt(), classes);
  }

  /** The EAR with its MicroProfile Config defaults file replaced, as an operator might break it. */
  public static EnterpriseArchive withConfig(Asset microprofileConfigProperties) {
    return replaceConfig(asBuilt(), microprofileConfigProperties);
  }

  public static EnterpriseArchive addTestClasses(EnterpriseArchive ear, Class<?>... classes) {
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addClasses(classes);
    ear.delete(WAR);
    return ear.addAsModule(war);
  }

  public static EnterpriseArchive replaceConfig(
      EnterpriseArchive ear, Asset microprofileConfigProperties) {
    JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB);
    ejb.delete("META-INF/microprofile-config.properties");
    ejb.addAsManifestResource(microprofileConfigProperties, "microprofile-config.properties");
    ear.delete(EJB);
    return ear.addAsModule(ejb);
  }
}
