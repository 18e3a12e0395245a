use std::collections::HashMap;
use std::fmt::{Debug, Display};
use std::hash::Hash;

#[derive(Debug, Default, Clone)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Display> Pair<T> {
    fn largest(&self) -> &T {
        if self.a > self.b { &self.a } else { &self.b }
    }
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

struct Cache<K, V, F>
where
    F: Fn(&K) -> V,
{
    f: F,
    map: HashMap<K, V>,
}

impl<K: Eq + Hash + Clone, V: Clone, F: Fn(&K) -> V> Cache<K, V, F> {
    fn new(f: F) -> Self {
        Cache { f, map: HashMap::new() }
    }
    fn get(&mut self, k: K) -> V {
        if let Some(v) = self.map.get(&k) {
            return v.clone();
        }
        let v = (self.f)(&k);
        self.map.insert(k, v.clone());
        v
    }
}

trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

struct Tweet {
    user: String,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.user)
    }
}

fn notify(item: &impl Summary) -> String {
    item.summarize()
}

fn pick<'a, T: ?Sized + Debug>(x: &'a T, _y: &T) -> &'a T {
    x
}

struct Wrapper<T>(Vec<T>);

impl<T: Display> Display for Wrapper<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|x| x.to_string()).collect();
        write!(f, "[{}]", parts.join(", "))
    }
}

impl<T> From<Vec<T>> for Wrapper<T> {
    fn from(v: Vec<T>) -> Self {
        Wrapper(v)
    }
}

struct Meters(f64);

impl AsRef<f64> for Meters {
    fn as_ref(&self) -> &f64 {
        &self.0
    }
}

fn print_len<S: AsRef<str>>(s: S) -> usize {
    s.as_ref().len()
}

fn to_strings<I>(it: I) -> Vec<String>
where
    I: IntoIterator,
    I::Item: ToString,
{
    it.into_iter().map(|x| x.to_string()).collect()
}

fn sum_generic<T: std::ops::Add<Output = T> + Default + Copy>(xs: &[T]) -> T {
    let mut acc = xs[0];
    let xs = &xs[1..];
    for x in xs {
        acc = acc + *x;
    }
    acc
}

fn main() {
    let p = Pair::new(3, 9);
    println!("{} {:?}", p.largest(), p.clone().swap());
    let q: Pair<String> = Pair::new(String::new(), "z".into());
    println!("{:?}", q);
    let mut c = Cache::new(|k: &u64| k * k);
    println!("{} {}", c.get(4), c.get(4));
    let t = Tweet { user: "bob".into() };
    println!("{}", notify(&t));
    println!("{:?}", pick("abc", "d"));
    println!("{:?}", pick(&[1, 2][..], &[3]));
    let w: Wrapper<i32> = vec![1, 2].into();
    println!("{}", w);
    let w2 = Wrapper::from(vec!["x"]);
    println!("{}", w2);
    println!("{}", Meters(2.5).as_ref());
    println!("{} {}", print_len("abc"), print_len(String::from("de")));
    println!("{:?}", to_strings(vec![1.5, 2.0]));
    println!("{:?}", to_strings(&[true]));
    println!("{} {}", sum_generic(&[1, 2, 3]), sum_generic(&[0.5, 0.25]));
    let s: String = String::from("x") + "y" + &String::from("z");
    let n: i64 = i64::from(3i32) + 4u8 as i64;
    let f: f64 = 2.into();
    let u = u8::try_from(300i32).is_err();
    println!("{} {} {} {}", s, n, f, u);
    let b: Box<str> = "boxed".into();
    let st: String = b.into();
    println!("{}", st);
}
