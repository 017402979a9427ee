package papers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Venues named by a DOI, for update: the publishers whose DOIs say where a paper appeared. */
class VenuesTest {
    @Test
    void doisOfIeeeAclAndAaaiNameTheirVenue() {
        assertThat(Venues.fromDoi("10.1109/CVPR52729.2023.01234")).contains("CVPR 2023");
        assertThat(Venues.fromDoi("10.1109/iccv51070.2023.00110")).contains("ICCV 2023");
        assertThat(Venues.fromDoi("10.18653/v1/2023.emnlp-main.20")).contains("EMNLP 2023");
        assertThat(Venues.fromDoi("10.18653/v1/2024.findings-acl.775")).contains("ACL Findings 2024");
        assertThat(Venues.fromDoi("10.1609/aaai.v38i3.27999")).contains("AAAI 2024");
    }

    @Test
    void otherDoisNameNone() {
        assertThat(Venues.fromDoi("10.48550/arXiv.2304.08485")).isEmpty();
        assertThat(Venues.fromDoi("10.1007/978-3-031-72658-3_1")).isEmpty();
        assertThat(Venues.fromDoi("10.18653/v1/2023.wmt-1.1")).isEmpty();
        assertThat(Venues.fromDoi(null)).isEmpty();
    }
}
