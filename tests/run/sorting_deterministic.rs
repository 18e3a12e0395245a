#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Person {
    age: u32,
    name: String,
}
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2, 7, 3, 5];
    v.sort();
    println!("{:?}", v);
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.sort_unstable();
    println!("{:?}", v);
    v.dedup();
    println!("{:?}", v);
    let mut people = vec![
        Person { age: 30, name: "Zed".into() },
        Person { age: 25, name: "Amy".into() },
        Person { age: 30, name: "Bob".into() },
        Person { age: 25, name: "Cat".into() },
    ];
    people.sort_by_key(|p| p.age);
    println!("{:?}", people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>());
    people.sort_by(|a, b| a.name.cmp(&b.name));
    println!("{:?}", people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>());
    people.sort();
    println!("{:?}", people);
    people.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", people.iter().map(|p| &p.name).collect::<Vec<_>>());
    let mut fs = vec![2.5, -1.0, 3.25, 0.0];
    fs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fs);
    fs.sort_by(|a: &f64, b| b.total_cmp(a));
    println!("{:?}", fs);
    let mut words = vec!["banana", "Apple", "cherry", "apple"];
    words.sort_unstable_by_key(|w| w.to_lowercase());
    println!("{:?}", words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>());
    words.sort();
    println!("{:?}", words);
    println!("{:?}", words.binary_search(&"banana"));
    println!("{:?}", words.binary_search(&"blue"));
    let mut nums = vec![1, 2, 3, 4, 5, 6];
    nums.reverse();
    println!("{:?}", nums);
    nums.rotate_left(2);
    println!("{:?}", nums);
    nums.swap(0, 5);
    println!("{:?} {}", nums, nums.contains(&6));
    let mut keyed = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')];
    keyed.sort_by_key(|&(k, _)| k);
    println!("{:?}", keyed);
    let mut cached = vec!["ccc", "a", "bb"];
    cached.sort_by_cached_key(|s| s.len());
    println!("{:?}", cached);
    let mut arr = [9, 4, 7];
    arr.sort();
    println!("{:?} {:?}", arr, arr.iter().rev().collect::<Vec<_>>());
    let mut tuples = vec![(1, 2.0), (0, 1.5)];
    tuples.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap());
    println!("{:?}", tuples);
    println!("{:?}", [3, 1, 2].iter().max());
    let s = vec![5, 1, 4];
    let s: Vec<i32> = s.into_iter().rev().collect();
    println!("{}", s[1]);
}
