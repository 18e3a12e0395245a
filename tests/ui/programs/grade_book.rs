// a grade book mapping students to scores with averages, letter grades and a sorted honour roll
use std::collections::HashMap;

fn letter(avg: f64) -> char {
    match avg as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

struct GradeBook {
    scores: HashMap<String, Vec<u32>>,
}

impl GradeBook {
    fn add(&mut self, student: &str, score: u32) {
        self.scores.entry(student.to_string()).or_default().push(score);
    }

    fn average(&self, student: &str) -> Option<f64> {
        let s = self.scores.get(student)?;
        if s.is_empty() {
            return None;
        }
        Some(s.iter().sum::<u32>() as f64 / s.len() as f64)
    }

    fn drop_lowest(&mut self) {
        for scores in self.scores.values_mut() {
            if scores.len() > 2 {
                let (i, _) = scores.iter().enumerate().min_by_key(|(_, s)| **s).unwrap();
                scores.remove(i);
            }
        }
    }
}

fn main() {
    let mut book = GradeBook { scores: HashMap::new() };
    let data = [("zoe", 91), ("ian", 72), ("zoe", 85), ("ian", 64), ("mia", 99), ("ian", 88), ("zoe", 97), ("mia", 58)];
    for (who, s) in data {
        book.add(who, s);
    }
    book.drop_lowest();
    let mut names: Vec<&String> = book.scores.keys().collect();
    names.sort();
    for name in &names {
        let avg = book.average(name).unwrap();
        println!("{:>4}: {:?} avg {:.1} grade {}", name, book.scores[*name], avg, letter(avg));
    }
    let mut honour: Vec<(&String, f64)> = names.iter().map(|n| (*n, book.average(n).unwrap())).filter(|(_, a)| *a >= 85.0).collect();
    honour.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
    println!("honour roll: {:?}", honour.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>());
    println!("unknown: {:?}", book.average("bob"));
}
