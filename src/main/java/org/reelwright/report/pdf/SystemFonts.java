package org.reelwright.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The font files the PDF can embed, found on this computer. PDFBox embeds TrueType outlines only (see
 * docs/decisions/0005-pdf-plan.md), so the lists name TrueType files: a Latin sans (regular and bold), then fonts
 * that cover Chinese, Japanese and Korean, then every other TrueType file found, tried last and only for characters
 * the first ones lack. Files are looked for by name in the usual font folders of Linux, macOS and Windows, and first
 * in the folders of the {@code reelwright.fonts} system property (path-separated), so a user can add their own.
 *
 * @param regular Latin sans files, best first
 * @param bold their bold faces, best first
 * @param cjk TrueType fonts with Han, kana and Hangul glyphs, best first
 * @param others every other TrueType file found, in name order
 * @param searched the folders looked in, for the message when nothing is found
 */
public record SystemFonts(List<Path> regular, List<Path> bold, List<Path> cjk, List<Path> others,
        List<Path> searched) {

    private static final List<String> REGULAR = List.of("liberationsans-regular.ttf", "notosans-regular.ttf",
            "dejavusans.ttf", "arial.ttf", "segoeui.ttf", "freesans.ttf");
    private static final List<String> BOLD = List.of("liberationsans-bold.ttf", "notosans-bold.ttf",
            "dejavusans-bold.ttf", "arialbd.ttf", "segoeuib.ttf", "freesansbold.ttf");
    private static final List<String> CJK = List.of("droidsansfallbackfull.ttf", "droidsansfallback.ttf",
            "wqy-zenhei.ttc", "wqy-microhei.ttc", "notosanssc-regular.ttf", "notosanscjksc-regular.ttf",
            "msyh.ttc", "simhei.ttf", "simsun.ttc", "arialuni.ttf", "arial unicode.ttf", "uming.ttc", "ukai.ttc");

    public SystemFonts {
        regular = List.copyOf(regular);
        bold = List.copyOf(bold);
        cjk = List.copyOf(cjk);
        others = List.copyOf(others);
        searched = List.copyOf(searched);
    }

    /** Looks in the user's folders from {@code reelwright.fonts}, then in the platform's font folders. */
    public static SystemFonts find() {
        List<Path> folders = new ArrayList<>();
        String extra = System.getProperty("reelwright.fonts", "");
        for (String folder : extra.split(java.io.File.pathSeparator)) {
            if (!folder.isBlank()) {
                folders.add(Path.of(folder));
            }
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        folders.addAll(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                home.resolve(".local/share/fonts"), home.resolve(".fonts"), Path.of("/Library/Fonts"),
                Path.of("/System/Library/Fonts"), home.resolve("Library/Fonts")));
        Optional.ofNullable(System.getenv("WINDIR")).ifPresent(w -> folders.add(Path.of(w, "Fonts")));
        Optional.ofNullable(System.getenv("LOCALAPPDATA"))
                .ifPresent(l -> folders.add(Path.of(l, "Microsoft", "Windows", "Fonts")));
        return in(folders);
    }

    /** Looks only in {@code folders} (tests use this to stand for a computer without some fonts). */
    public static SystemFonts in(List<Path> folders) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path folder : folders) {
            index(folder, byName);
        }
        List<Path> regular = pick(REGULAR, byName);
        List<Path> bold = pick(BOLD, byName);
        List<Path> cjk = pick(CJK, byName);
        List<Path> others = byName.entrySet().stream()
                .filter(e -> !REGULAR.contains(e.getKey()) && !BOLD.contains(e.getKey()) && !CJK.contains(e.getKey()))
                // Colour emoji fonts have bitmaps, not outlines: PDFBox would embed empty glyphs.
                .filter(e -> !e.getKey().contains("emoji") && !e.getKey().contains("color"))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        return new SystemFonts(regular, bold, cjk, others, folders);
    }

    private static List<Path> pick(List<String> names, Map<String, Path> byName) {
        return names.stream().filter(byName::containsKey).map(byName::get).toList();
    }

    private static void index(Path folder, Map<String, Path> byName) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder, 6)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".ttf") || name.endsWith(".ttc")) {
                    byName.putIfAbsent(name, file);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // An unreadable folder holds no usable font; the others still count.
        }
    }
}
