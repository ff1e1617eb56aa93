// Review screen: a click on a grid cell fills the cell of the "add a finding" form.
document.querySelectorAll('table.grid td').forEach(function (td) {
  td.addEventListener('click', function () {
    var form = document.getElementById('add-finding');
    document.querySelectorAll('table.grid td.chosen').forEach(function (c) { c.classList.remove('chosen'); });
    td.classList.add('chosen');
    form.sheet.value = td.closest('table').dataset.sheet;
    form.column.value = td.dataset.col;
    form.row.value = td.dataset.row;
    form.text.focus();
  });
});
