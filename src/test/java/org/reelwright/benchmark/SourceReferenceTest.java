package org.reelwright.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReferenceTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "govinfo.gov, https://govinfo.gov",
        "sagindie.org/signatory, https://sagindie.org/signatory",
        "https://example.org/a, https://example.org/a",
        "seeds/benchmarks/README.md, null",
        "seeds/003_0386283541de1618.txt, null",
        "README.md, null",
        "null, null"})
    void onlyAWebAddressIsAnAddress(String address, String url) {
        assertEquals(Optional.ofNullable(url), new Source("s", "T", null, null, null, address).url());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "Post production rules of thumb|Cyber Film School|Glen Berry|2022-07-16|null|en|Post production rules of thumb. Cyber Film School (Glen Berry), Jul 16, 2022.",
        "Runway API pricing|Runway|null|2026|docs.dev.runwayml.com/guides/pricing|en|Runway API pricing. Runway, 2026. https://docs.dev.runwayml.com/guides/pricing",
        "Thread|r/Storyboarding (Reddit)|null|2025-03|null|en|Thread. r/Storyboarding (Reddit), Mar 2025.",
        "Thread|r/Storyboarding (Reddit)|null|2025-03|null|zh|Thread. r/Storyboarding (Reddit), 2025年3月.",
        "Assumption|Reelwright benchmark library|null|2026-11|seeds/benchmarks/README.md|en|Assumption. Reelwright benchmark library, Nov 2026.",
        "An Interview?|null|Bin He|null|seeds/001_x.txt|en|An Interview? Bin He."})
    void aReferenceGivesTitlePublisherDateAndAddress(String title, String publisher, String speaker, String date,
            String address, String lang, String expected) {
        Locale l = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        assertEquals(expected, new Source("s", title, publisher, speaker, date, address).reference(l));
    }
}
