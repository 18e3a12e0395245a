#[derive(Debug, Clone)]
struct P { name: &'static str, age: u32 }
fn main() {
    let mut people = vec![
        P { name: "a", age: 30 }, P { name: "b", age: 20 }, P { name: "c", age: 30 },
        P { name: "d", age: 20 }, P { name: "e", age: 25 },
    ];
    people.sort_by_key(|p| p.age);
    println!("{:?}", people.iter().map(|p| p.name).collect::<Vec<_>>());
    people.sort_by(|x, y| y.age.cmp(&x.age));
    println!("{:?}", people.iter().map(|p| p.name).collect::<Vec<_>>());
    let v = [1, 3, 5, 7, 9];
    println!("{:?} {:?} {:?} {:?}", v.binary_search(&5), v.binary_search(&4), v.binary_search(&0), v.binary_search(&10));
    println!("{:?}", v.binary_search_by(|x| x.cmp(&7)));
    println!("{:?}", v.binary_search_by_key(&18, |x| x * 2));
    println!("{}", v.partition_point(|&x| x < 6));
    let mut f = vec![2.5, -1.0, 9.75, 0.0];
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", f);
    let mut w = vec!["pear", "Apple", "fig", "banana"];
    w.sort_unstable();
    println!("{:?}", w);
    w.sort_by_key(|s| s.to_lowercase());
    println!("{:?}", w);
    let mut d = vec![3, 1, 3, 2, 1, 1];
    d.sort();
    d.dedup();
    println!("{:?}", d);
    let mut n = vec![5, 3, 8, 1];
    n.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?} {:?} {:?}", n, n.iter().max(), n.iter().min_by_key(|x| (**x as i32 - 4).abs()));
    println!("{}", [1, 2, 3].is_sorted());
}
