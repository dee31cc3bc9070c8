package org.unionstations.portal.station;

/**
 * Stations of one type that fall into one cell of a map's bin grid: how many, and where
 * they are on average (WGS84), which is where the map draws the bin.
 *
 * @param column the cell's column in the grid ({@code floor(longitude / cellLon)})
 * @param row the cell's row ({@code floor(latitude / cellLat)})
 */
public record StationBin(StationType type, long column, long row, long count, double longitude, double latitude) {
}
