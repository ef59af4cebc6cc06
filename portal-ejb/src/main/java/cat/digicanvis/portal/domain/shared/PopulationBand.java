package cat.digicanvis.portal.domain.shared;

import java.util.Optional;

/** Idescat's population bands, used to compare councils of similar size. */
public enum PopulationBand {
    UP_TO_500(1, 500),
    FROM_501_TO_2000(501, 2_000),
    FROM_2001_TO_5000(2_001, 5_000),
    FROM_5001_TO_10000(5_001, 10_000),
    FROM_10001_TO_50000(10_001, 50_000),
    OVER_50000(50_001, Integer.MAX_VALUE);

    private final int min;
    private final int max;

    PopulationBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean contains(long population) {
        return population >= min && population <= max;
    }

    public static PopulationBand of(long population) {
        if (population <= 0) {
            throw new IllegalArgumentException("population must be positive: " + population);
        }
        for (PopulationBand band : values()) {
            if (band.contains(population)) {
                return band;
            }
        }
        return OVER_50000;
    }

    /** The band for a URL or API value such as {@code 501-2000}, or empty when unknown. */
    public static Optional<PopulationBand> fromCode(String code) {
        for (PopulationBand band : values()) {
            if (band.code().equals(code)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /** A stable code for URLs and the API: {@code 0-500}, {@code 501-2000}, ..., {@code 50001-}. */
    public String code() {
        return switch (this) {
            case UP_TO_500 -> "0-500";
            case OVER_50000 -> "50001-";
            default -> min + "-" + max;
        };
    }
}
