// generics with trait bounds and where clauses, impl Trait args, trait with associated const
use std::fmt::Display;
use std::ops::Add;

trait Describe {
    const KIND: &'static str;
    fn label(&self) -> String;
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(f64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Count(u32);

impl Describe for Meters {
    const KIND: &'static str = "distance";
    fn label(&self) -> String {
        format!("{:.1}m", self.0)
    }
}

impl Describe for Count {
    const KIND: &'static str = "count";
    fn label(&self) -> String {
        format!("#{}", self.0)
    }
}

impl Add for Count {
    type Output = Count;
    fn add(self, o: Count) -> Count {
        Count(self.0 + o.0)
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut it = items.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn total<T>(items: &[T], zero: T) -> T
where
    T: Add<Output = T> + Copy,
{
    items.iter().fold(zero, |acc, &x| acc + x)
}

fn report<T>(items: &[T]) -> String
where
    T: Describe,
{
    let labels: Vec<String> = items.iter().map(|i| i.label()).collect();
    format!("{} [{}]", T::KIND, labels.join(", "))
}

fn show_all(things: impl IntoIterator<Item = impl Display>) {
    for t in things {
        print!("<{}>", t);
    }
    println!();
}

fn main() {
    let distances = [Meters(3.5), Meters(12.25), Meters(0.75)];
    let counts = vec![Count(4), Count(9), Count(2)];
    println!("{}", report(&distances));
    println!("{}", report(&counts));
    println!("largest {:?} {:?}", largest(&distances), largest(&counts));
    println!("empty largest {:?}", largest::<i32>(&[]));
    println!("total {:?}", total(&counts, Count(0)));
    println!("total ints {}", total(&[1, 2, 3, 4], 0));
    show_all(vec![1, 2, 3]);
    show_all(["a", "b"].iter());
    show_all(counts.iter().map(|c| c.label()));
}
