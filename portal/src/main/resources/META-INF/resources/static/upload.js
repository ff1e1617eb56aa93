// Drag-and-drop upload with progress, then live status by polling (no reload): received → read → scored.
(function () {
  var drop = document.getElementById('drop');
  if (!drop) { return; }
  var batch = drop.dataset.batch;
  var list = document.getElementById('uploads');
  var words = { received: '已接收', read: '已读取', scored: '已评分', rejected: '未通过', failed: '评分失败', reviewed: '已审核', signed: '已终审' };
  var kinds = { OVERALL_TARGET: '部门（单位）整体支出绩效目标表', PROJECT_TARGET: '项目支出绩效目标表',
    OVERALL_SELF_EVAL: '部门整体支出绩效自评表', PROJECT_SELF_EVAL: '项目支出绩效自评表', BASE_DATA: '部门整体支出绩效评价基础数据表' };
  var pending = 0;

  function item(name) {
    var li = document.createElement('li');
    li.className = 'upload';
    li.innerHTML = '<span class="name"></span> <progress max="100" value="0"></progress> <span class="state">上传中</span><div class="detail"></div>';
    li.querySelector('.name').textContent = name;
    list.appendChild(li);
    return li;
  }

  function where(p) {
    if (!p.at) { return ''; }
    var s = '工作表“' + p.at.sheet + '” 第 ' + p.at.row + ' 行';
    if (p.at.column) { s += ' 第 ' + p.at.column + ' 列'; }
    return s + '：';
  }

  function showProblems(li, problems) {
    var ol = document.createElement('ol');
    ol.className = 'problems';
    (problems || []).forEach(function (p) {
      var row = document.createElement('li');
      row.textContent = where(p) + p.message + (p.expected ? '（应为：' + p.expected + (p.found ? '；实际为：' + p.found : '') + '）' : '');
      ol.appendChild(row);
    });
    li.querySelector('.detail').appendChild(ol);
  }

  function send(file) {
    var li = item(file.name);
    var form = new FormData();
    form.append('file', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/unit/upload?batch=' + encodeURIComponent(batch));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { li.querySelector('progress').value = Math.round(100 * e.loaded / e.total); }
    };
    xhr.onload = function () {
      li.querySelector('progress').value = 100;
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { answer = { detail: xhr.responseText }; }
      if (xhr.status >= 200 && xhr.status < 300) {
        li.classList.add('accepted');
        li.querySelector('.state').textContent = words.received + '，' + (answer.submissions || []).length + ' 张表';
        if (answer.problems) { showProblems(li, answer.problems); }
      } else {
        li.classList.add('rejected');
        li.querySelector('.state').textContent = words.rejected + '：' + (answer.detail || answer.title || xhr.status);
        showProblems(li, answer.problems);
      }
      pending--;
      poll();
    };
    xhr.onerror = function () { li.querySelector('.state').textContent = '网络错误，请重试'; pending--; };
    pending++;
    xhr.send(form);
  }

  function row(s) {
    var tr = document.createElement('tr');
    tr.dataset.id = s.submissionId;
    [s.unitName || s.unitCode || '', (kinds[s.tableKind] || s.tableKind || '') + (s.tableKey ? ' ' + s.tableKey : ''), s.version, words[s.status] || s.status,
      s.total == null ? '' : s.total, s.grade || ''].forEach(function (text, i) {
      var td = document.createElement('td');
      td.textContent = text;
      if (i === 3) { td.className = 'status status-' + s.status; }
      tr.appendChild(td);
    });
    var link = document.createElement('td');
    link.innerHTML = '<a>查看</a>';
    link.firstChild.href = '/unit/submissions/' + s.submissionId;
    tr.appendChild(link);
    return tr;
  }

  var timer = null;
  function poll() {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/unit/status?batch=' + encodeURIComponent(batch));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      if (xhr.status !== 200) { return; }
      var items = JSON.parse(xhr.responseText).items || [];
      var body = document.querySelector('#submissions tbody');
      body.textContent = '';
      items.forEach(function (s) { body.appendChild(row(s)); });
      var busy = pending > 0 || items.some(function (s) { return s.status === 'read'; });
      clearTimeout(timer);
      if (busy) { timer = setTimeout(poll, 1000); }
    };
    xhr.send();
  }

  function sendAll(files) { Array.prototype.forEach.call(files, send); }
  drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (e) { e.preventDefault(); drop.classList.remove('over'); sendAll(e.dataTransfer.files); });
  document.getElementById('files').addEventListener('change', function (e) { sendAll(e.target.files); e.target.value = ''; });
  Array.prototype.forEach.call(document.querySelectorAll('#submissions td.status'), function (td) {
    td.textContent = words[td.textContent] || td.textContent;
  });
  poll();
}());
