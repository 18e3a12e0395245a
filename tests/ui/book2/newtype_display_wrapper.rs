// advanced traits: the newtype pattern to implement Display on a Vec and hide an inner API
use std::fmt;
use std::ops::Deref;

struct Csv(Vec<String>);

impl fmt::Display for Csv {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

impl Deref for Csv {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "{:.1}F", self.0 * 9.0 / 5.0 + 32.0)
        } else {
            write!(f, "{:.1}C", self.0)
        }
    }
}

struct UserId(u32);

impl From<u32> for UserId {
    fn from(n: u32) -> Self {
        UserId(n)
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "user#{:05}", self.0)
    }
}

fn main() {
    let row = Csv(vec!["a".to_string(), "b".to_string(), "c".to_string()]);
    println!("{row} has {} fields, first {}", row.len(), row[0]);
    let temps = [Celsius(21.5), Celsius(-3.0), Celsius(37.0)];
    for t in &temps {
        println!("{t} = {t:#}");
    }
    let hottest = temps.iter().copied().fold(Celsius(f64::MIN), |a, b| if b > a { b } else { a });
    println!("hottest {hottest}");
    let id: UserId = 42.into();
    println!("{id} {:>12}|", id.to_string());
}
