// generic functions over iterators: I: IntoIterator with where clauses, T: Default + AddAssign, trait static methods
use std::collections::HashMap;
use std::hash::Hash;
use std::ops::AddAssign;

trait Unit {
    fn zero() -> Self;
    fn symbol() -> &'static str;
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Euros(f64);

impl Unit for Euros {
    fn zero() -> Self {
        Euros(0.0)
    }
    fn symbol() -> &'static str {
        "EUR"
    }
}

impl AddAssign for Euros {
    fn add_assign(&mut self, o: Euros) {
        self.0 += o.0;
    }
}

fn total<T, I>(items: I) -> T
where
    I: IntoIterator<Item = T>,
    T: Unit + AddAssign,
{
    let mut acc = T::zero();
    for x in items {
        acc += x;
    }
    acc
}

fn group_sum<K, V, I>(pairs: I) -> HashMap<K, V>
where
    I: IntoIterator<Item = (K, V)>,
    K: Eq + Hash,
    V: Default + AddAssign,
{
    let mut m: HashMap<K, V> = HashMap::new();
    for (k, v) in pairs {
        *m.entry(k).or_default() += v;
    }
    m
}

fn frequencies<T: Eq + Hash + Ord + Clone>(items: &[T]) -> Vec<(T, usize)> {
    let mut counts: Vec<(T, usize)> = group_sum(items.iter().map(|x| (x.clone(), 1usize))).into_iter().collect();
    counts.sort();
    counts
}

fn main() {
    let spend = vec![Euros(12.5), Euros(3.25), Euros(40.0)];
    let t: Euros = total(spend.iter().copied());
    println!("total {:.2} {}", t.0, Euros::symbol());
    println!("empty total {:?}", total::<Euros, _>(Vec::new()));

    let by_cat = group_sum(vec![("food", 12), ("rent", 800), ("food", 30), ("fun", 25), ("fun", 5)]);
    let mut cats: Vec<_> = by_cat.into_iter().collect();
    cats.sort_by(|a, b| b.1.cmp(&a.1));
    println!("{:?}", cats);

    let float_groups = group_sum([('a', 0.5), ('b', 1.5), ('a', 2.0)]);
    let mut fg: Vec<_> = float_groups.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
    fg.sort();
    println!("{}", fg.join(" "));

    println!("{:?}", frequencies(&["x", "y", "x", "z", "x", "y"]));
    println!("{:?}", frequencies(&[3, 1, 3, 3, 2]));
    println!("default euros {:?}", Euros::default());
}
