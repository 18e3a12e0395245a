// A grade book: parsing CSV-like records with error accumulation, statistics with
// f64 formatting, letter grades via match on ranges, and ranking with ties by name.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug)]
enum RowError {
    Columns(usize, usize),
    Score { line: usize, field: String },
    Range { line: usize, value: u32 },
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowError::Columns(line, n) => write!(f, "line {}: expected 4 columns, found {}", line, n),
            RowError::Score { line, field } => write!(f, "line {}: {:?} is not a score", line, field),
            RowError::Range { line, value } => write!(f, "line {}: {} is above 100", line, value),
        }
    }
}

struct Student {
    name: String,
    scores: [u32; 3],
}

impl Student {
    fn average(&self) -> f64 {
        self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64
    }
    fn letter(&self) -> char {
        match self.average().round() as u32 {
            90..=100 => 'A',
            80..=89 => 'B',
            70..=79 => 'C',
            60..=69 => 'D',
            _ => 'F',
        }
    }
}

fn parse(text: &str) -> (Vec<Student>, Vec<RowError>) {
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    'rows: for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split(',').map(str::trim).collect();
        if cols.len() != 4 {
            errors.push(RowError::Columns(i + 1, cols.len()));
            continue;
        }
        let mut scores = [0u32; 3];
        for (slot, field) in scores.iter_mut().zip(&cols[1..]) {
            match field.parse::<u32>() {
                Ok(v) if v <= 100 => *slot = v,
                Ok(v) => {
                    errors.push(RowError::Range { line: i + 1, value: v });
                    continue 'rows;
                }
                Err(_) => {
                    errors.push(RowError::Score { line: i + 1, field: field.to_string() });
                    continue 'rows;
                }
            }
        }
        ok.push(Student { name: cols[0].to_string(), scores });
    }
    (ok, errors)
}

fn median(v: &mut Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 0 { (v[mid - 1] + v[mid]) / 2.0 } else { v[mid] })
}

fn main() {
    let data = "ada, 95, 88, 92\nbob, 72, 65, 80\n\ncy, 100, 100, 99\ndee, 55, 61, x\neve, 88, 91\nfay, 101, 90, 90\ngus, 72, 73, 72\nhal, 80, 80, 79";
    let (students, errors) = parse(data);
    for e in &errors {
        println!("skip: {}", e);
    }
    let mut ranked: Vec<&Student> = students.iter().collect();
    ranked.sort_by(|a, b| b.average().partial_cmp(&a.average()).unwrap().then_with(|| a.name.cmp(&b.name)));
    println!("{:<4} {:<5} {:>7} {}", "rank", "name", "avg", "grade");
    for (i, s) in ranked.iter().enumerate() {
        println!("{:<4} {:<5} {:>7.2} {}", i + 1, s.name, s.average(), s.letter());
    }
    let mut avgs: Vec<f64> = students.iter().map(Student::average).collect();
    let mean = avgs.iter().sum::<f64>() / avgs.len() as f64;
    let var = avgs.iter().map(|a| (a - mean).powi(2)).sum::<f64>() / avgs.len() as f64;
    println!("mean {:.3} sd {:.3} median {:?}", mean, var.sqrt(), median(&mut avgs));
    let mut by_letter: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for s in &students {
        by_letter.entry(s.letter()).or_default().push(&s.name);
    }
    for (l, names) in &by_letter {
        println!("{}: {}", l, names.join(" "));
    }
    let best_per_test: Vec<(usize, &str)> = (0..3)
        .map(|t| {
            let s = students.iter().max_by_key(|s| (s.scores[t], std::cmp::Reverse(s.name.clone()))).unwrap();
            (t + 1, s.name.as_str())
        })
        .collect();
    println!("{:?}", best_per_test);
    println!("{:e} {:.0} {:+.1} {:08.2}", mean, 2.5f64, -0.04f64, -3.14159);
}
