// programs: main returning Result (Err -> exit 1), f32 arithmetic and printing, slice patterns, dedup/binary_search
use std::collections::HashMap;
use std::fmt;

#[derive(Debug)]
enum AppErr { Empty, TooBig(usize) }
impl fmt::Display for AppErr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self { AppErr::Empty => write!(f, "empty"), AppErr::TooBig(n) => write!(f, "too big: {}", n) }
    }
}

struct Stats<'a> { data: &'a [f32] }
impl<'a> Stats<'a> {
    fn mean(&self) -> Option<f32> {
        if self.data.is_empty() { None } else { Some(self.data.iter().sum::<f32>() / self.data.len() as f32) }
    }
    fn spread(&self) -> f32 {
        let max = self.data.iter().cloned().fold(f32::MIN, f32::max);
        let min = self.data.iter().cloned().fold(f32::MAX, f32::min);
        max - min
    }
}

fn check(v: &[u32]) -> Result<u32, AppErr> {
    match v {
        [] => Err(AppErr::Empty),
        [x] => Ok(*x),
        [first, .., last] if v.len() > 4 => Err(AppErr::TooBig(v.len() + (*first + *last) as usize)),
        rest => Ok(rest.iter().sum()),
    }
}

fn main() -> Result<(), AppErr> {
    let readings = [1.5f32, 2.25, 0.1, 7.0];
    let s = Stats { data: &readings };
    println!("{:?} {} {:.3}", s.mean(), s.spread(), 0.1f32 + 0.2f32);
    println!("{} {} {}", 0.1f32, 1.0f32 / 3.0, 16777217i32 as f32);
    for v in [vec![], vec![4], vec![1, 2, 3], vec![1, 2, 3, 4, 5]] {
        match check(&v) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("err {} / {:?}", e, e),
        }
    }
    let mut inventory: HashMap<&str, (u32, f64)> = HashMap::new();
    inventory.insert("bolt", (100, 0.25));
    inventory.insert("nut", (250, 0.1));
    if let Some((qty, _)) = inventory.get_mut("bolt") { *qty -= 30; }
    let mut names: Vec<_> = inventory.iter().map(|(k, (q, p))| format!("{}:{}@{:.2}", k, q, p)).collect();
    names.sort();
    println!("{}", names.join(" "));
    let mut ids = vec![5, 3, 9, 3, 1, 9];
    ids.sort();
    ids.dedup();
    println!("{:?} {:?} {:?}", ids, ids.binary_search(&5), ids.binary_search(&4));
    let word = "mississippi";
    let pairs: Vec<String> = word.chars().collect::<Vec<_>>().windows(2).filter(|w| w[0] == w[1]).map(|w| w.iter().collect()).collect();
    println!("{:?}", pairs);
    println!("{}", word.replace("ss", "SS").to_uppercase().len());
    check(&[1, 2, 3, 4, 5, 6])?;
    println!("not reached");
    Ok(())
}
