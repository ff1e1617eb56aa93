package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.Dockerfile;
import org.perfreview.deploy.support.IdentityProvider;
import org.perfreview.deploy.support.RenderedService;
import org.perfreview.deploy.support.RequiredSettings;
import org.perfreview.deploy.support.ServiceConfig;

/** Each rendered Deployment against its service's code: port, health paths, settings, security, image. */
class ServiceDeploymentTest {

    static Stream<Arguments> overlaysAndServices() {
        return Stream.of("dev", "prod").flatMap(o -> DeployedService.ALL.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void servesTheApplicationsHttpPort(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        int port = service.config().httpPort();
        ContainerPort http = httpPort(rendered.container());
        assertThat(http.getContainerPort()).as("containerPort vs quarkus.http.port").isEqualTo(port);

        Service svc = rendered.manifests().get("Service", service.name(), Service.class);
        assertThat(rendered.podLabels()).containsAllEntriesOf(svc.getSpec().getSelector());
        ServicePort servicePort = svc.getSpec().getPorts().get(0);
        assertThat(resolvePort(servicePort.getTargetPort(), rendered.container())).isEqualTo(port);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void probesUseTheQuarkusHealthEndpoints(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        Container c = rendered.container();
        ServiceConfig config = service.config();
        assertProbe(c, c.getStartupProbe(), config.healthPath("startup"), config.httpPort());
        assertProbe(c, c.getLivenessProbe(), config.healthPath("liveness"), config.httpPort());
        assertProbe(c, c.getReadinessProbe(), config.healthPath("readiness"), config.httpPort());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void runsAsTheImagesNonRootUserWithOnlyTmpWritable(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        PodSecurityContext pod = rendered.deployment().getSpec().getTemplate().getSpec().getSecurityContext();
        String imageUser = Dockerfile.read(Dockerfile.pathFor(service.name())).last("USER");
        assertThat(pod.getRunAsNonRoot()).isTrue();
        assertThat(pod.getRunAsUser()).as("runAsUser vs the Dockerfile's USER").hasToString(imageUser);

        SecurityContext container = rendered.container().getSecurityContext();
        assertThat(container.getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getCapabilities().getDrop()).contains("ALL");

        for (VolumeMount mount : rendered.container().getVolumeMounts()) {
            if (mount.getMountPath().equals("/tmp")) {
                assertThat(rendered.volume(mount.getName()).getEmptyDir()).as("/tmp is an emptyDir").isNotNull();
            } else {
                assertThat(mount.getReadOnly()).as("%s is mounted read-only", mount.getMountPath()).isTrue();
            }
        }
        assertThat(rendered.container().getVolumeMounts()).extracting(VolumeMount::getMountPath).contains("/tmp");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void requestsAndBoundsItsResources(String overlay, DeployedService service) {
        var resources = RenderedService.of(overlay, service).container().getResources();
        assertThat(resources.getRequests()).containsKeys("cpu", "memory");
        assertThat(resources.getLimits()).containsKey("memory");
        assertThat(Quantity.getAmountInBytes(resources.getLimits().get("memory")))
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(resources.getRequests().get("memory")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void providesEverySettingTheServiceNeedsInProd(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        for (String name : RequiredSettings.forService(service)) {
            assertThat(rendered.provides(name)).as("%s sets %s", service, name).isTrue();
        }
        for (String name : RequiredSettings.KAFKA_SCRAM_TLS) {
            assertThat(rendered.provides(name)).as("%s sets %s for Strimzi's SCRAM/TLS listener", service, name).isTrue();
        }
        assertThat(RequiredSettings.JWT_KEY).as("JWT public key setting").anyMatch(rendered::provides);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void tokensAreVerifiedWithTheRealmsKeysAndIssuer(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        IdentityProvider keycloak = IdentityProvider.of(rendered.manifests());
        assertThat(rendered.settings().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")).as("the realm's JWKS")
                .isEqualTo(keycloak.jwksUrl());
        assertThat(rendered.settings().get("MP_JWT_VERIFY_ISSUER")).as("the realm's issuer").isEqualTo(keycloak.issuer());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void imageIsBuiltFromTheServicesDockerfile(String overlay, DeployedService service) {
        String image = RenderedService.of(overlay, service).container().getImage();
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@')) : image.replaceFirst(":[^:/]+$", "");
        assertThat(repository).endsWith("/" + service.name());
        assertThat(Dockerfile.pathFor(service.name())).exists();
    }

    private static ContainerPort httpPort(Container c) {
        return c.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no port named http"));
    }

    private static int resolvePort(IntOrString port, Container c) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .map(ContainerPort::getContainerPort)
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    private static void assertProbe(Container c, Probe probe, String path, int port) {
        assertThat(probe).as("probe for %s", path).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).isEqualTo(path);
        assertThat(resolvePort(get.getPort(), c)).isEqualTo(port);
    }
}
