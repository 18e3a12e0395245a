// collections: HashMap of structs via entry().or_insert_with, Option averages, match guards
use std::collections::HashMap;
#[derive(Debug)]
struct Student { name: String, grades: Vec<u32> }
impl Student {
    fn average(&self) -> Option<f64> {
        if self.grades.is_empty() { None } else { Some(self.grades.iter().sum::<u32>() as f64 / self.grades.len() as f64) }
    }
    fn letter(&self) -> char {
        match self.average() {
            Some(a) if a >= 90.0 => 'A',
            Some(a) if a >= 80.0 => 'B',
            Some(_) => 'C',
            None => '-',
        }
    }
}
fn main() {
    let mut roster: HashMap<String, Student> = HashMap::new();
    let data = [("amy", 95), ("bob", 72), ("amy", 88), ("cat", 85), ("bob", 91)];
    for (n, g) in data.iter() {
        roster.entry(n.to_string()).or_insert_with(|| Student { name: n.to_string(), grades: vec![] }).grades.push(*g);
    }
    roster.insert("dan".into(), Student { name: "dan".into(), grades: vec![] });
    let mut names: Vec<&String> = roster.keys().collect();
    names.sort_unstable();
    for n in &names {
        let s = &roster[*n];
        match s.average() {
            Some(a) => println!("{:<5}{:>6.2} {}", s.name, a, s.letter()),
            None => println!("{:<5}{:>6} {}", s.name, "n/a", s.letter()),
        }
    }
    let best = roster.values().filter_map(|s| s.average().map(|a| (a, &s.name))).fold(None, |acc: Option<(f64, &String)>, x| match acc { Some(b) if b.0 >= x.0 => Some(b), _ => Some(x) });
    println!("{:?}", best);
}
