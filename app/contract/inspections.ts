// GOV.UK Frontend, with Arial: GDS Transport is licensed only for GOV.UK services, and this is a council's.
@use "govuk-frontend/dist/govuk/base" as govuk with (
  $govuk-font-family: (arial, sans-serif),
  $govuk-include-default-font-face: false,
  $govuk-assets-path: "@govuk-assets/"
);
@use "govuk-frontend/dist/govuk/core";
@use "govuk-frontend/dist/govuk/objects";
// Only the components the app uses: the first page's CSS is render-blocking.
@use "govuk-frontend/dist/govuk/components/back-link";
@use "govuk-frontend/dist/govuk/components/button";
@use "govuk-frontend/dist/govuk/components/checkboxes";
@use "govuk-frontend/dist/govuk/components/date-input";
@use "govuk-frontend/dist/govuk/components/details";
@use "govuk-frontend/dist/govuk/components/error-message";
@use "govuk-frontend/dist/govuk/components/error-summary";
@use "govuk-frontend/dist/govuk/components/fieldset";
@use "govuk-frontend/dist/govuk/components/file-upload";
@use "govuk-frontend/dist/govuk/components/footer";
@use "govuk-frontend/dist/govuk/components/generic-header";
@use "govuk-frontend/dist/govuk/components/hint";
@use "govuk-frontend/dist/govuk/components/input";
@use "govuk-frontend/dist/govuk/components/inset-text";
@use "govuk-frontend/dist/govuk/components/label";
@use "govuk-frontend/dist/govuk/components/notification-banner";
@use "govuk-frontend/dist/govuk/components/pagination";
@use "govuk-frontend/dist/govuk/components/panel";
@use "govuk-frontend/dist/govuk/components/radios";
@use "govuk-frontend/dist/govuk/components/select";
@use "govuk-frontend/dist/govuk/components/service-navigation";
@use "govuk-frontend/dist/govuk/components/skip-link";
@use "govuk-frontend/dist/govuk/components/summary-list";
@use "govuk-frontend/dist/govuk/components/table";
@use "govuk-frontend/dist/govuk/components/tag";
@use "govuk-frontend/dist/govuk/components/textarea";
@use "govuk-frontend/dist/govuk/components/warning-text";
@use "govuk-frontend/dist/govuk/utilities";
@use "govuk-frontend/dist/govuk/overrides";

.app-acting-as {
  @include govuk.govuk-font($size: 16);
  padding: govuk.govuk-spacing(2) 0;
  border-bottom: 1px solid govuk.govuk-functional-colour(border);
  background: govuk.govuk-colour("white");
}

.app-acting-as__inner {
  display: flex;
  flex-wrap: wrap;
  gap: govuk.govuk-spacing(2);
  align-items: center;
  justify-content: space-between;
}

.app-acting-as__form {
  display: flex;
  flex-wrap: wrap;
  gap: govuk.govuk-spacing(2);
  align-items: center;
}

.app-acting-as .govuk-select {
  min-width: 0;
  max-width: 100%;
}

.app-acting-as .govuk-button {
  margin-bottom: 0;
}

.app-table-count {
  @include govuk.govuk-font($size: 19);
}

.app-no-wrap {
  white-space: nowrap;
}

.app-startup {
  @include govuk.govuk-font($size: 19);
  max-width: 40em;
  margin: govuk.govuk-spacing(6) auto;
  padding: 0 govuk.govuk-spacing(3);
}

@media print {
  .govuk-skip-link,
  .govuk-service-navigation__wrapper,
  .app-acting-as,
  .govuk-footer,
  .app-no-print {
    display: none !important;
  }
}

.app-flag-list {
  margin: govuk.govuk-spacing(1) 0 0;
  padding: 0;
  list-style: none;
}

.app-flag-list li {
  display: inline-block;
  margin: 0 govuk.govuk-spacing(1) govuk.govuk-spacing(1) 0;
}

.app-secondary-text {
  color: govuk.govuk-functional-colour(secondary-text);
  font-weight: normal;
}

.app-legend {
  margin: 0 0 govuk.govuk-spacing(3);
}

.app-legend__row {
  display: flex;
  gap: govuk.govuk-spacing(3);
  align-items: baseline;
  margin-bottom: govuk.govuk-spacing(2);
}

.app-legend__row dt {
  flex: 0 0 10em;
}

.app-legend__row dd {
  margin: 0;
}

.app-status-table__total th,
.app-status-table__total td {
  font-weight: bold;
}

.app-milestones-table__title {
  min-width: 16em;
}

.app-filters {
  margin-bottom: govuk.govuk-spacing(6);
  padding: govuk.govuk-spacing(4);
  background: govuk.govuk-colour("black", $variant: "tint-95");
}

.app-history {
  margin: 0;
  padding: 0;
  list-style: none;
}

.app-history__item {
  margin-bottom: govuk.govuk-spacing(4);
  padding-bottom: govuk.govuk-spacing(2);
  border-bottom: 1px solid govuk.govuk-functional-colour(border);
}

.app-history__details {
  margin-bottom: govuk.govuk-spacing(2);
}

.app-pre-wrap {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}

.app-status-now {
  @include govuk.govuk-font($size: 24, $weight: bold);
  margin-bottom: govuk.govuk-spacing(4);
}

.app-status-now .govuk-tag {
  @include govuk.govuk-font($size: 24, $weight: bold);
}

.app-next-meeting {
  padding: govuk.govuk-spacing(4);
  text-align: left;
}

.app-next-meeting .govuk-heading-m,
.app-next-meeting .govuk-body {
  color: inherit;
}

.app-next-meeting .govuk-body:last-child {
  margin-bottom: 0;
}

// The same column widths in every theme's table, so they line up down the page.
@include govuk.govuk-media-query($from: tablet) {
  .app-milestones-table {
    table-layout: fixed;
  }

  .app-milestones-table th:nth-child(1) {
    width: 38%;
  }

  .app-milestones-table thead th:not(:first-child) {
    width: 15.5%;
  }
}

.app-print-only {
  display: none;
}

@media print {
  .app-print-only {
    display: block;
  }

  .app-pack-section {
    break-before: page;
  }

  .govuk-details__text {
    display: block !important;
  }

  .app-meeting-pack a.govuk-link {
    color: #0b0c0c;
    text-decoration: none;
  }

  .app-meeting-pack a.govuk-link::after {
    content: none !important;
  }

  .govuk-main-wrapper {
    padding-top: 0;
  }

  .govuk-generic-header,
  .govuk-service-navigation {
    display: none !important;
  }

  .govuk-tag {
    border: 1px solid currentcolor;
    print-color-adjust: exact;
  }
}

.app-next-meeting__link:link,
.app-next-meeting__link:visited {
  color: govuk.govuk-colour("white");
}

.app-next-meeting__link:focus {
  color: govuk.govuk-functional-colour(focus-text);
}

.app-card {
  margin-bottom: govuk.govuk-spacing(4);
  padding: govuk.govuk-spacing(3);
  border: 1px solid govuk.govuk-functional-colour(border);
  border-left: 5px solid govuk.govuk-functional-colour(brand);
}

// A second, smaller link under a row's title: kept 24px tall and apart (WCAG 2.2 target size).
.app-row-action {
  display: inline-block;
  min-height: 24px;
  margin: govuk.govuk-spacing(1) 0 0;
  line-height: 24px;
}

.app-chart {
  margin: 0 0 govuk.govuk-spacing(8);
}

.app-chart__svg {
  display: block;
  width: 100%;
  height: auto;
  margin-bottom: govuk.govuk-spacing(3);
  overflow: visible;
  font-family: arial, sans-serif;
}

.app-chart__label {
  font-size: 15px;
  fill: #0b0c0c;
}

.app-chart__group {
  font-size: 17px;
  font-weight: bold;
  fill: #0b0c0c;
}

.app-chart__tick {
  font-size: 13px;
  fill: #505a5f;
}

.app-chart__today {
  font-size: 13px;
  font-weight: bold;
  fill: #0b0c0c;
}

.app-chart__count {
  font-size: 14px;
  font-weight: bold;
  fill: #0b0c0c;
  stroke: #ffffff;
  stroke-width: 4px;
  paint-order: stroke;
}

.app-chart__overdue,
.app-chart__overdue-key {
  font-size: 18px;
  font-weight: bold;
  fill: #d4351c;
  color: #d4351c;
}

.app-chart__focus {
  fill: transparent;
}

.app-chart__link:focus,
.app-chart__column:focus {
  outline: none;
}

.app-chart__link:focus .app-chart__focus,
.app-chart__column:focus .app-chart__focus {
  fill: #ffdd00;
  fill-opacity: 0.35;
  stroke: #0b0c0c;
  stroke-width: 3px;
}

.app-chart__link:hover .app-chart__label {
  text-decoration: underline;
}

.app-chart-legend {
  display: flex;
  flex-wrap: wrap;
  gap: govuk.govuk-spacing(2) govuk.govuk-spacing(4);
  margin: 0 0 govuk.govuk-spacing(3);
  padding: 0;
  list-style: none;
  @include govuk.govuk-font($size: 16);
}

.app-chart-legend li {
  display: flex;
  gap: govuk.govuk-spacing(1);
  align-items: center;
}

@media print {
  .app-chart {
    break-inside: avoid;
  }

  .app-chart__table {
    display: none;
  }
}

// Numbers drawn over a chart's links: clicks go through to the link beneath.
.app-chart__overlay {
  pointer-events: none;
}

.app-tab-status {
  margin-top: govuk.govuk-spacing(4);
  margin-bottom: 0;
}

// On a phone: the acting-as picker fits the screen, and the menu wraps in a line instead of a tall list.
@include govuk.govuk-media-query($until: tablet) {
  .app-acting-as__form {
    width: 100%;
  }

  .app-acting-as__form .govuk-select {
    width: 100%;
  }

  .govuk-service-navigation__list {
    display: flex;
    flex-wrap: wrap;
    column-gap: govuk.govuk-spacing(4);
  }

  .govuk-service-navigation__item {
    margin: govuk.govuk-spacing(1) 0;
  }
}

// Performance measures: the trend chart is drawn in the page's own pixels (its width measured), so labels keep their size on a phone.
.app-measure-chart {
  width: 100%;
  margin-bottom: govuk.govuk-spacing(4);
}

.app-measure-chart__svg {
  display: block;
  max-width: 100%;
  overflow: visible;
  font-family: arial, sans-serif;
}

.app-measure-chart__band {
  font-size: 13px;
  fill: #0b0c0c;
}

.app-measure-chart__target,
.app-measure-chart__latest {
  font-size: 14px;
  font-weight: bold;
  fill: #0b0c0c;
  stroke: #ffffff;
  stroke-width: 4px;
  paint-order: stroke;
}

// A table wider than a phone scrolls inside its own focusable region, not the page.
.app-table-scroll {
  // Positioned, so visually hidden text inside is clipped with the table rather than widening the page.
  position: relative;
  max-width: 100%;
  margin-bottom: govuk.govuk-spacing(6);
  overflow-x: auto;

  .govuk-table {
    margin-bottom: 0;
  }

  &:focus {
    outline: 3px solid #ffdd00;
    outline-offset: 0;
    box-shadow: inset 0 0 0 4px #0b0c0c;
  }
}

.app-actuals-table .govuk-tag {
  white-space: nowrap;
}
