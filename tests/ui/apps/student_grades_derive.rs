// derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord), sort with multiple keys, HashMap grouping, dedup
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Grade {
    A,
    B,
    C,
    F,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Student {
    last: String,
    first: String,
    score: u32,
}

fn grade(score: u32) -> Grade {
    match score {
        90..=100 => Grade::A,
        80..=89 => Grade::B,
        s if s >= 65 => Grade::C,
        _ => Grade::F,
    }
}

fn main() {
    let raw = "lee ana 91;kim bo 78;lee cy 65;park dan 88;kim al 99;ng eve 42;lee ana 91";
    let mut students: Vec<Student> = raw
        .split(';')
        .map(|rec| {
            let p: Vec<&str> = rec.split(' ').collect();
            Student { last: p[0].to_string(), first: p[1].to_string(), score: p[2].parse().unwrap() }
        })
        .collect();

    students.sort();
    students.dedup();
    for s in &students {
        println!("{}, {}: {} {:?}", s.last, s.first, s.score, grade(s.score));
    }

    let mut by_grade: HashMap<Grade, Vec<String>> = HashMap::new();
    for s in &students {
        by_grade.entry(grade(s.score)).or_insert_with(Vec::new).push(format!("{} {}", s.first, s.last));
    }
    let mut grades: Vec<&Grade> = by_grade.keys().collect();
    grades.sort();
    for g in grades {
        println!("{:?}: {:?}", g, by_grade[g]);
    }

    let mut ranked = students.clone();
    ranked.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.first.cmp(&b.first)));
    let podium: Vec<&str> = ranked.iter().take(3).map(|s| s.first.as_str()).collect();
    println!("podium {:?}", podium);

    let family_sizes = students.iter().fold(HashMap::new(), |mut m, s| {
        *m.entry(s.last.as_str()).or_insert(0u32) += 1;
        m
    });
    let biggest = family_sizes.iter().max_by_key(|(name, n)| (**n, std::cmp::Reverse(**name))).unwrap();
    println!("biggest family {} ({})", biggest.0, biggest.1);
    println!("any failing: {}", students.iter().any(|s| grade(s.score) == Grade::F));
    println!("A < F: {}", Grade::A < Grade::F);
}
