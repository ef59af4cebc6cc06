package cat.digicanvis.portal.application.sheet;

/** Event: a sheet was stored; observers act once its transaction has committed. */
public record SheetChanged(long sheetId) {
}
