// Every page: the message a form's redirect carries (?done=...) shown once at the top.
(function () {
  var message = new URLSearchParams(location.search).get('done');
  if (message) {
    var p = document.getElementById('done');
    p.textContent = message;
    p.hidden = false;
  }
}());
