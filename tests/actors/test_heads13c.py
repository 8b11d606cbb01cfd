"""kb-heads13c (session 13): heads of state and government 2000-2026 of Vietnam (with the party general
secretary, VNMGOV), Taiwan, Malaysia (prime ministers and kings), Nepal, Bolivia, Peru (presidents and the
presidents of the Council of Ministers), Nicaragua and Cuba. Each row is a date inside a role and the code it
gives, or a date after the person's last role and the country's elite code (former holder). Sources: SOURCES.md
"v13, session 13 (kb-heads13c)". Every row fails on main (the person is unknown there, or had another code)."""

from __future__ import annotations

import pytest


ROWS = [
    ('Raul Castro', '2007-06-01', 'CUBGOV'),  # acting president from 2006-07-31 (was CUBMIL)
    ('Tran Duc Luong', '2002-02-09', 'VNMGOV'),
    ('Tran Duc Luong', '2006-08-06', 'VNMELI'),  # after the last role
    ('Phan Van Khai', '2002-02-09', 'VNMGOV'),
    ('Phan Van Khai', '2006-08-06', 'VNMELI'),  # after the last role
    ('Le Kha Phieu', '1999-08-24', 'VNMGOV'),
    ('Le Kha Phieu', '2001-06-01', 'VNMELI'),  # after the last role
    ('Nong Duc Manh', '2006-03-06', 'VNMGOV'),
    ('Nong Duc Manh', '2011-02-28', 'VNMELI'),  # after the last role
    ('Nguyen Minh Triet', '2009-01-09', 'VNMGOV'),
    ('Nguyen Minh Triet', '2011-09-03', 'VNMELI'),  # after the last role
    ('Nguyen Tan Dung', '2011-05-18', 'VNMGOV'),
    ('Nguyen Tan Dung', '2016-05-17', 'VNMELI'),  # after the last role
    ('Truong Tan Sang', '2013-11-27', 'VNMGOV'),
    ('Truong Tan Sang', '2016-05-12', 'VNMELI'),  # after the last role
    ('Tran Dai Quang', '2017-06-27', 'VNMGOV'),
    ('Tran Dai Quang', '2018-10-31', 'VNMELI'),  # after the last role
    ('Dang Thi Ngoc Thinh', '2018-10-07', 'VNMGOV'),
    ('Dang Thi Ngoc Thinh', '2021-05-16', 'VNMELI'),  # after the last role
    ('Nguyen Phu Trong', '2009-01-07', 'VNMLEG'),
    ('Nguyen Phu Trong', '2017-10-19', 'VNMGOV'),
    ('Nguyen Phu Trong', '2024-08-28', 'VNMELI'),  # after the last role
    ('Nguyen Xuan Phuc', '2019-08-28', 'VNMGOV'),
    ('Nguyen Xuan Phuc', '2023-02-27', 'VNMELI'),  # after the last role
    ('Pham Minh Chinh', '2023-10-06', 'VNMGOV'),
    ('Pham Minh Chinh', '2026-05-17', 'VNMELI'),  # after the last role
    ('Vo Van Thuong', '2023-09-10', 'VNMGOV'),
    ('Vo Van Thuong', '2024-04-30', 'VNMELI'),  # after the last role
    ('Vo Thi Anh Xuan', '2024-02-05', 'VNMGOV'),
    ('To Lam', '2025-08-29', 'VNMGOV'),
    ('Luong Cuong', '2025-07-14', 'VNMGOV'),
    ('Luong Cuong', '2026-05-17', 'VNMELI'),  # after the last role
    ('Le Minh Hung', '2026-08-07', 'VNMGOV'),
    ('Lee Teng-hui', '1994-03-17', 'TWNGOV'),
    ('Lee Teng-hui', '2000-06-29', 'TWNELI'),  # after the last role
    ('Vincent Siew', '1999-01-10', 'TWNGOV'),
    ('Vincent Siew', '2010-05-20', 'TWNGOV'),
    ('Vincent Siew', '2012-06-29', 'TWNELI'),  # after the last role
    ('Chen Shui-bian', '2004-05-20', 'TWNGOV'),
    ('Chen Shui-bian', '2008-06-29', 'TWNELI'),  # after the last role
    ('Tang Fei', '2000-07-27', 'TWNGOV'),
    ('Tang Fei', '2000-11-13', 'TWNELI'),  # after the last role
    ('Chang Chun-hsiung', '2001-04-30', 'TWNGOV'),
    ('Chang Chun-hsiung', '2007-11-19', 'TWNGOV'),
    ('Chang Chun-hsiung', '2008-06-29', 'TWNELI'),  # after the last role
    ('Yu Shyi-kun', '2003-08-03', 'TWNGOV'),
    ('Yu Shyi-kun', '2005-03-13', 'TWNELI'),  # after the last role
    ('Frank Hsieh', '2005-07-30', 'TWNGOV'),
    ('Frank Hsieh', '2006-03-06', 'TWNELI'),  # after the last role
    ('Su Tseng-chang', '2006-09-22', 'TWNGOV'),
    ('Su Tseng-chang', '2021-01-22', 'TWNGOV'),
    ('Su Tseng-chang', '2023-03-12', 'TWNELI'),  # after the last role
    ('Ma Ying-jeou', '2012-05-20', 'TWNGOV'),
    ('Ma Ying-jeou', '2016-06-29', 'TWNELI'),  # after the last role
    ('Liu Chao-shiuan', '2009-01-14', 'TWNGOV'),
    ('Liu Chao-shiuan', '2009-10-20', 'TWNELI'),  # after the last role
    ('Wu Den-yih', '2010-11-23', 'TWNGOV'),
    ('Wu Den-yih', '2014-05-20', 'TWNGOV'),
    ('Wu Den-yih', '2016-06-29', 'TWNELI'),  # after the last role
    ('Sean Chen', '2012-08-13', 'TWNGOV'),
    ('Sean Chen', '2013-03-30', 'TWNELI'),  # after the last role
    ('Jiang Yi-huah', '2014-01-13', 'TWNGOV'),
    ('Jiang Yi-huah', '2015-01-17', 'TWNELI'),  # after the last role
    ('Mao Chi-kuo', '2015-07-06', 'TWNGOV'),
    ('Mao Chi-kuo', '2016-03-12', 'TWNELI'),  # after the last role
    ('Chang San-cheng', '2016-03-26', 'TWNGOV'),
    ('Chang San-cheng', '2016-06-29', 'TWNELI'),  # after the last role
    ('Tsai Ing-wen', '2006-09-22', 'TWNGOV'),
    ('Tsai Ing-wen', '2020-05-20', 'TWNGOV'),
    ('Tsai Ing-wen', '2024-06-29', 'TWNELI'),  # after the last role
    ('Lin Chuan', '2017-01-13', 'TWNGOV'),
    ('Lin Chuan', '2017-10-18', 'TWNELI'),  # after the last role
    ('Lai Ching-te', '2018-05-12', 'TWNGOV'),
    ('Lai Ching-te', '2023-08-29', 'TWNGOV'),
    ('Chen Chien-jen', '2018-05-20', 'TWNGOV'),
    ('Chen Chien-jen', '2023-09-25', 'TWNGOV'),
    ('Chen Chien-jen', '2024-06-29', 'TWNELI'),  # after the last role
    ('Cho Jung-tai', '2025-08-28', 'TWNGOV'),
    ('Mahathir Mohamad', '1992-09-07', 'MYSGOV'),
    ('Mahathir Mohamad', '2019-04-05', 'MYSGOV'),
    ('Mahathir Mohamad', '2020-04-10', 'MYSELI'),  # after the last role
    ('Abdullah Ahmad Badawi', '2006-07-17', 'MYSGOV'),
    ('Abdullah Ahmad Badawi', '2009-05-13', 'MYSELI'),  # after the last role
    ('Najib Razak', '2011-03-09', 'MYSGOV'),
    ('Najib Razak', '2018-06-19', 'MYSELI'),  # after the last role
    ('Muhyiddin Yassin', '2020-11-25', 'MYSGOV'),
    ('Muhyiddin Yassin', '2021-09-30', 'MYSELI'),  # after the last role
    ('Ismail Sabri Yaakob', '2022-04-08', 'MYSGOV'),
    ('Ismail Sabri Yaakob', '2023-01-03', 'MYSELI'),  # after the last role
    ('Anwar Ibrahim', '2024-11-30', 'MYSGOV'),
    ('Sultan Salahuddin Abdul Aziz Shah', '2000-08-08', 'MYSGOV'),
    ('Sultan Salahuddin Abdul Aziz Shah', '2001-12-31', 'MYSELI'),  # after the last role
    ('Tuanku Syed Sirajuddin', '2004-06-13', 'MYSGOV'),
    ('Tuanku Syed Sirajuddin', '2007-01-22', 'MYSELI'),  # after the last role
    ('Sultan Mizan Zainal Abidin', '2009-06-13', 'MYSGOV'),
    ('Sultan Mizan Zainal Abidin', '2012-01-22', 'MYSELI'),  # after the last role
    ("Sultan Abdul Halim Mu'adzam Shah", '2014-06-13', 'MYSGOV'),
    ("Sultan Abdul Halim Mu'adzam Shah", '2017-01-22', 'MYSELI'),  # after the last role
    ('Sultan Muhammad V', '2017-12-25', 'MYSGOV'),
    ('Sultan Muhammad V', '2019-02-15', 'MYSELI'),  # after the last role
    ('Sultan Abdullah Sultan Ahmad Shah', '2021-08-01', 'MYSGOV'),
    ('Sultan Abdullah Sultan Ahmad Shah', '2024-03-11', 'MYSELI'),  # after the last role
    ('Sultan Ibrahim Iskandar', '2025-07-04', 'MYSGOV'),
    ('King Birendra', '1986-10-01', 'NPLGOV'),
    ('King Birendra', '2001-07-11', 'NPLELI'),  # after the last role
    ('King Gyanendra', '2004-11-30', 'NPLGOV'),
    ('King Gyanendra', '2008-07-07', 'NPLELI'),  # after the last role
    ('Girija Prasad Koirala', '2000-11-21', 'NPLGOV'),
    ('Girija Prasad Koirala', '2007-06-22', 'NPLGOV'),
    ('Girija Prasad Koirala', '2008-09-27', 'NPLELI'),  # after the last role
    ('Sher Bahadur Deuba', '2002-02-28', 'NPLGOV'),
    ('Sher Bahadur Deuba', '2004-10-03', 'NPLGOV'),
    ('Sher Bahadur Deuba', '2017-10-11', 'NPLGOV'),
    ('Sher Bahadur Deuba', '2022-04-04', 'NPLGOV'),
    ('Sher Bahadur Deuba', '2023-02-04', 'NPLELI'),  # after the last role
    ('Lokendra Bahadur Chand', '2003-02-06', 'NPLGOV'),
    ('Lokendra Bahadur Chand', '2003-07-15', 'NPLELI'),  # after the last role
    ('Surya Bahadur Thapa', '2003-12-04', 'NPLGOV'),
    ('Surya Bahadur Thapa', '2004-07-14', 'NPLELI'),  # after the last role
    ('Madhav Kumar Nepal', '2010-04-01', 'NPLGOV'),
    ('Madhav Kumar Nepal', '2011-03-18', 'NPLELI'),  # after the last role
    ('Jhala Nath Khanal', '2011-05-19', 'NPLGOV'),
    ('Jhala Nath Khanal', '2011-10-08', 'NPLELI'),  # after the last role
    ('Baburam Bhattarai', '2012-06-05', 'NPLGOV'),
    ('Baburam Bhattarai', '2013-04-23', 'NPLELI'),  # after the last role
    ('Khil Raj Regmi', '2013-08-28', 'NPLGOV'),
    ('Khil Raj Regmi', '2014-03-23', 'NPLELI'),  # after the last role
    ('Sushil Koirala', '2014-12-12', 'NPLGOV'),
    ('Sushil Koirala', '2015-11-21', 'NPLELI'),  # after the last role
    ('Ram Baran Yadav', '2012-03-11', 'NPLGOV'),
    ('Ram Baran Yadav', '2015-12-08', 'NPLELI'),  # after the last role
    ('Bidya Devi Bhandari', '2019-07-06', 'NPLGOV'),
    ('Bidya Devi Bhandari', '2023-04-22', 'NPLELI'),  # after the last role
    ('Ram Chandra Paudel', '2025-01-23', 'NPLGOV'),
    ('Hugo Banzer', '1999-08-06', 'BOLGOV'),
    ('Hugo Banzer', '2001-09-15', 'BOLELI'),  # after the last role
    ('Jorge Quiroga', '2000-02-05', 'BOLGOV'),
    ('Jorge Quiroga', '2002-09-15', 'BOLELI'),  # after the last role
    ('Gonzalo Sánchez de Lozada', '2003-03-12', 'BOLGOV'),
    ('Gonzalo Sánchez de Lozada', '2003-11-26', 'BOLELI'),  # after the last role
    ('Carlos Mesa', '2004-01-07', 'BOLGOV'),
    ('Carlos Mesa', '2005-07-19', 'BOLELI'),  # after the last role
    ('Eduardo Rodríguez Veltzé', '2005-09-30', 'BOLGOV'),
    ('Eduardo Rodríguez Veltzé', '2006-03-03', 'BOLELI'),  # after the last role
    ('Evo Morales', '2012-12-16', 'BOLGOV'),
    ('Evo Morales', '2019-12-20', 'BOLELI'),  # after the last role
    ('Jeanine Áñez', '2020-05-11', 'BOLGOV'),
    ('Jeanine Áñez', '2020-12-18', 'BOLELI'),  # after the last role
    ('Luis Arce', '2023-05-10', 'BOLGOV'),
    ('Luis Arce', '2025-12-18', 'BOLELI'),  # after the last role
    ('Rodrigo Paz', '2026-05-24', 'BOLGOV'),
    ('Alberto Fujimori', '1995-09-24', 'PERGOV'),
    ('Alberto Fujimori', '2000-12-31', 'PERELI'),  # after the last role
    ('Valentín Paniagua', '2001-03-26', 'PERGOV'),
    ('Valentín Paniagua', '2001-09-06', 'PERELI'),  # after the last role
    ('Alejandro Toledo', '2004-01-27', 'PERGOV'),
    ('Alejandro Toledo', '2006-09-06', 'PERELI'),  # after the last role
    ('Alan García', '1988-01-27', 'PERGOV'),
    ('Alan García', '2009-01-26', 'PERGOV'),
    ('Alan García', '2011-09-06', 'PERELI'),  # after the last role
    ('Ollanta Humala', '2014-01-26', 'PERGOV'),
    ('Ollanta Humala', '2016-09-06', 'PERELI'),  # after the last role
    ('Pedro Pablo Kuczynski', '2006-01-01', 'PERGOV'),  # president of the Council of Ministers 2005-2006
    ('Martín Vizcarra', '2018-09-19', 'PERGOV'),
    ('Martín Vizcarra', '2020-12-20', 'PERELI'),  # after the last role
    ('Manuel Merino', '2020-11-12', 'PERGOV'),
    ('Manuel Merino', '2020-12-25', 'PERELI'),  # after the last role
    ('Francisco Sagasti', '2021-03-23', 'PERGOV'),
    ('Francisco Sagasti', '2021-09-06', 'PERELI'),  # after the last role
    ('Pedro Castillo', '2022-04-02', 'PERGOV'),
    ('Pedro Castillo', '2023-01-16', 'PERELI'),  # after the last role
    ('Dina Boluarte', '2023-09-03', 'PERGOV'),
    ('Dina Boluarte', '2025-11-19', 'PERELI'),  # after the last role
    ('José Jerí', '2025-09-02', 'PERLEG'),
    ('José Jerí', '2025-12-14', 'PERGOV'),
    ('José Jerí', '2026-03-29', 'PERELI'),  # after the last role
    ('José María Balcázar', '2026-05-09', 'PERGOV'),
    ('José María Balcázar', '2026-09-06', 'PERELI'),  # after the last role
    ('Javier Pérez de Cuéllar', '1987-01-01', 'IGOUNO'),
    ('Javier Pérez de Cuéllar', '2001-03-27', 'PERGOV'),
    ('Javier Pérez de Cuéllar', '2001-09-06', 'PERELI'),  # after the last role
    ('Roberto Dañino', '2002-01-18', 'PERGOV'),
    ('Roberto Dañino', '2002-08-21', 'PERELI'),  # after the last role
    ('Luis Solari', '2003-01-03', 'PERGOV'),
    ('Luis Solari', '2003-08-07', 'PERELI'),  # after the last role
    ('Beatriz Merino', '2003-09-21', 'PERGOV'),
    ('Beatriz Merino', '2004-01-24', 'PERELI'),  # after the last role
    ('Carlos Ferrero', '2004-10-15', 'PERGOV'),
    ('Carlos Ferrero', '2005-09-25', 'PERELI'),  # after the last role
    ('Jorge del Castillo', '2007-09-05', 'PERGOV'),
    ('Jorge del Castillo', '2008-11-23', 'PERELI'),  # after the last role
    ('Yehude Simon', '2009-02-26', 'PERGOV'),
    ('Yehude Simon', '2009-08-20', 'PERELI'),  # after the last role
    ('Javier Velásquez Quesquén', '2009-01-17', 'PERLEG'),
    ('Javier Velásquez Quesquén', '2010-02-11', 'PERGOV'),
    ('Javier Velásquez Quesquén', '2010-10-24', 'PERELI'),  # after the last role
    ('José Antonio Chang', '2008-11-21', 'PERGOV'),
    ('José Antonio Chang', '2011-04-28', 'PERELI'),  # after the last role
    ('Rosario Fernández', '2011-05-23', 'PERGOV'),
    ('Rosario Fernández', '2011-09-06', 'PERELI'),  # after the last role
    ('Salomón Lerner Ghitis', '2011-10-04', 'PERGOV'),
    ('Salomón Lerner Ghitis', '2012-01-20', 'PERELI'),  # after the last role
    ('Óscar Valdés Dancuart', '2012-01-24', 'PERGOV'),
    ('Óscar Valdés Dancuart', '2012-09-01', 'PERELI'),  # after the last role
    ('Juan Jiménez Mayor', '2013-03-12', 'PERGOV'),
    ('Juan Jiménez Mayor', '2013-12-10', 'PERELI'),  # after the last role
    ('César Villanueva', '2013-12-28', 'PERGOV'),
    ('César Villanueva', '2018-09-20', 'PERGOV'),
    ('César Villanueva', '2019-04-20', 'PERELI'),  # after the last role
    ('René Cornejo', '2014-05-09', 'PERGOV'),
    ('René Cornejo', '2014-08-31', 'PERELI'),  # after the last role
    ('Ana Jara', '2014-11-26', 'PERGOV'),
    ('Ana Jara', '2015-05-12', 'PERELI'),  # after the last role
    ('Pedro Cateriano', '2015-11-29', 'PERGOV'),
    ('Pedro Cateriano', '2020-07-26', 'PERGOV'),
    ('Pedro Cateriano', '2020-09-15', 'PERELI'),  # after the last role
    ('Fernando Zavala', '2017-02-21', 'PERGOV'),
    ('Fernando Zavala', '2017-10-27', 'PERELI'),  # after the last role
    ('Mercedes Aráoz', '2017-12-24', 'PERGOV'),
    ('Mercedes Aráoz', '2018-05-12', 'PERELI'),  # after the last role
    ('Salvador del Solar', '2019-06-20', 'PERGOV'),
    ('Salvador del Solar', '2019-11-09', 'PERELI'),  # after the last role
    ('Vicente Zeballos', '2020-02-21', 'PERGOV'),
    ('Vicente Zeballos', '2020-08-24', 'PERELI'),  # after the last role
    ('Walter Martos', '2020-09-23', 'PERGOV'),
    ('Walter Martos', '2020-12-20', 'PERELI'),  # after the last role
    ('Ántero Flores-Aráoz', '2020-11-15', 'PERGOV'),
    ('Ántero Flores-Aráoz', '2020-12-28', 'PERELI'),  # after the last role
    ('Violeta Bermúdez', '2021-03-24', 'PERGOV'),
    ('Violeta Bermúdez', '2021-09-07', 'PERELI'),  # after the last role
    ('Guido Bellido', '2021-09-01', 'PERGOV'),
    ('Guido Bellido', '2021-11-15', 'PERELI'),  # after the last role
    ('Mirtha Vásquez', '2021-03-27', 'PERLEG'),
    ('Mirtha Vásquez', '2021-12-04', 'PERGOV'),
    ('Mirtha Vásquez', '2022-03-13', 'PERELI'),  # after the last role
    ('Héctor Valer', '2022-02-04', 'PERGOV'),
    ('Héctor Valer', '2022-03-20', 'PERELI'),  # after the last role
    ('Aníbal Torres', '2022-07-03', 'PERGOV'),
    ('Aníbal Torres', '2023-01-04', 'PERELI'),  # after the last role
    ('Betssy Chávez', '2022-12-01', 'PERGOV'),
    ('Betssy Chávez', '2023-01-16', 'PERELI'),  # after the last role
    ('Pedro Angulo', '2022-12-15', 'PERGOV'),
    ('Pedro Angulo', '2023-01-30', 'PERELI'),  # after the last role
    ('Alberto Otárola', '2023-07-29', 'PERGOV'),
    ('Alberto Otárola', '2024-04-15', 'PERELI'),  # after the last role
    ('Gustavo Adrianzén', '2024-10-09', 'PERGOV'),
    ('Gustavo Adrianzén', '2025-06-23', 'PERELI'),  # after the last role
    ('Eduardo Arana', '2025-07-29', 'PERGOV'),
    ('Eduardo Arana', '2025-11-23', 'PERELI'),  # after the last role
    ('Ernesto Álvarez Miranda', '2025-12-19', 'PERGOV'),
    ('Ernesto Álvarez Miranda', '2026-04-05', 'PERELI'),  # after the last role
    ('Denisse Miralles', '2026-03-06', 'PERGOV'),
    ('Denisse Miralles', '2026-09-06', 'PERELI'),  # after the last role
    ('Arnoldo Alemán', '1999-07-12', 'NICGOV'),
    ('Arnoldo Alemán', '2002-02-19', 'NICELI'),  # after the last role
    ('Enrique Bolaños', '2004-07-11', 'NICGOV'),
    ('Enrique Bolaños', '2007-02-19', 'NICELI'),  # after the last role
    ('Daniel Ortega', '1984-12-06', 'NICGOV'),
    ('Daniel Ortega', '2016-12-23', 'NICGOV'),
    ('Rosario Murillo', '2021-12-24', 'NICGOV'),
    ('Manuel Marrero Cruz', '2023-06-14', 'CUBGOV'),
    # foreign ministers
    ('Pham Binh Minh', '2017-04-19', 'VNMGOV'),
    ('Pham Binh Minh', '2023-02-14', 'VNMELI'),  # after the last role
    ('Bui Thanh Son', '2024-02-06', 'VNMGOV'),
    ('Le Hoai Trung', '2026-04-18', 'VNMGOV'),
    ('David Tawei Lee', '2017-04-08', 'TWNGOV'),
    ('David Tawei Lee', '2019-04-09', 'TWNGOV'),
    ('David Tawei Lee', '2020-06-29', 'TWNELI'),  # after the last role
    ('Joseph Wu', '2022-07-18', 'TWNGOV'),
    ('Lin Chia-lung', '2025-08-28', 'TWNGOV'),
    ('Syed Hamid Albar', '2004-08-12', 'MYSGOV'),
    ('Syed Hamid Albar', '2009-05-20', 'MYSELI'),  # after the last role
    ('Rais Yatim', '2008-09-28', 'MYSGOV'),
    ('Rais Yatim', '2009-05-20', 'MYSELI'),  # after the last role
    ('Anifah Aman', '2013-10-24', 'MYSGOV'),
    ('Anifah Aman', '2018-06-19', 'MYSELI'),  # after the last role
    ('Zambry Abdul Kadir', '2023-06-08', 'MYSGOV'),
    ('Zambry Abdul Kadir', '2024-01-21', 'MYSELI'),  # after the last role
    ('Mohamad Hasan', '2025-06-09', 'MYSGOV'),
    ('Felipe Pérez Roque', '2004-04-14', 'CUBGOV'),
    ('Felipe Pérez Roque', '2009-04-11', 'CUBELI'),  # after the last role
    ('Bruno Rodríguez Parrilla', '2018-01-18', 'CUBGOV'),
    ('Denis Moncada', '2021-12-27', 'NICGOV'),
    ('Valdrack Jaentschke', '2025-10-21', 'NICGOV'),
]


@pytest.mark.parametrize("name, date, code", ROWS)
def test_heads13c_dated_codes(kb, name, date, code):
    actor = kb.actor(name, date)
    assert actor is not None and actor.code == code, (name, date, actor and actor.code)


@pytest.mark.parametrize("name, date, code", [
    ("Koirala", "2007-06-01", "NPLGOV"),  # Girija Prasad Koirala, prime minister
    ("Koirala", "2014-06-01", "NPLGOV"),  # Sushil Koirala, prime minister
    ("Koirala", "2018-01-01", "NPLELI"),
    ("Mahathir", "2019-01-01", "MYSGOV"),
    ("Deuba", "2022-01-01", "NPLGOV"),
    ("Kuczynski", "2017-01-01", "PERGOV"),
    ("Boluarte", "2024-01-01", "PERGOV"),
    ("William Lai", "2025-01-01", "TWNGOV"),
    ("Tô Lâm", "2025-01-01", "VNMGOV"),
    ("Nguyễn Phú Trọng", "2015-01-01", "VNMGOV"),
    ("Jeanine Anez", "2020-01-01", "BOLGOV"),
])
def test_heads13c_aliases(kb, name, date, code):
    assert kb.actor(name, date).code == code


def by_text(mentions, text):
    found = [m.actor for m in mentions if m.text == text]
    assert found, [(m.text, m.actor.code) for m in mentions]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize("text, date, mention, code", [
    ("President To Lam met the Japanese ambassador in Hanoi on Monday.", "2024-06-01", "President To Lam", "VNMGOV"),
    ("President Tsai Ing-wen met American lawmakers on Monday.", "2019-05-01", "President Tsai Ing-wen", "TWNGOV"),
    ("Prime Minister Anwar Ibrahim met Chinese investors on Monday.", "2023-05-01", "Prime Minister Anwar Ibrahim", "MYSGOV"),
    ("Prime Minister Sher Bahadur Deuba met Indian officials on Monday.", "2018-01-10", "Prime Minister Sher Bahadur Deuba", "NPLGOV"),
    ("President Evo Morales met Venezuelan officials on Monday.", "2010-05-01", "President Evo Morales", "BOLGOV"),
    ("President Ollanta Humala met Chilean officials on Monday.", "2013-05-01", "President Ollanta Humala", "PERGOV"),
    ("President Daniel Ortega met Russian officials on Monday.", "2015-05-01", "President Daniel Ortega", "NICGOV"),
    ("Prime Minister Manuel Marrero met Vietnamese officials on Monday.", "2022-05-01", "Prime Minister Manuel Marrero", "CUBGOV"),
])
def test_heads13c_sentences(resolve, text, date, mention, code):
    assert by_text(resolve(text, date), mention).code == code
