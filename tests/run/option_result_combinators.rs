// option/result: combinators, take/replace, get_or_insert_with, ? in Option fns, iterators of Results
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn parse_all(items: &[&str]) -> Result<Vec<i32>, String> {
    items.iter().map(|s| s.parse::<i32>().map_err(|e| format!("{}: {}", s, e))).collect()
}

fn first_even_half(v: &[i32]) -> Option<i32> {
    let first = v.iter().find(|x| **x % 2 == 0)?;
    half(*first)
}

fn main() {
    let a = Some(8);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.and_then(half).and_then(half), a.and_then(|x| half(x + 1)));
    println!("{} {}", a.map_or(-1, |x| x * 10), b.map_or(-1, |x| x * 10));
    println!("{:?} {:?} {:?}", a.filter(|x| *x > 5), a.xor(b), a.zip(Some('z')));
    println!("{:?} {:?}", b.or(Some(3)), b.or_else(|| half(6)));
    println!("{} {}", b.unwrap_or_default(), a.is_some_and(|x| x > 7));
    let mut slot = Some(String::from("tok"));
    let old = slot.take();
    println!("{:?} {:?}", old, slot);
    let prev = slot.replace(String::from("new"));
    println!("{:?} {:?}", prev, slot);
    let mut cache: Option<Vec<i32>> = None;
    cache.get_or_insert_with(Vec::new).push(4);
    cache.get_or_insert_with(Vec::new).push(5);
    println!("{:?}", cache);
    if let Some(v) = cache.as_mut() {
        v.push(6);
    }
    println!("{:?} {}", cache.as_ref().map(|v| v.len()), cache.iter().count());
    println!("{:?}", parse_all(&["1", "2", "3"]));
    println!("{:?}", parse_all(&["1", "zz", "3"]));
    let r: Result<i32, String> = Err("boom".into());
    println!("{} {:?} {:?}", r.clone().unwrap_or_else(|e| e.len() as i32), r.clone().ok(), r.as_ref().err());
    let ok: Result<i32, String> = Ok(5);
    println!("{:?}", ok.as_ref().map(|x| x * 2));
    println!("{:?}", ok.and_then(|x| if x > 3 { Ok(x) } else { Err("small".to_string()) }));
    println!("{:?} {:?}", first_even_half(&[3, 5, 12]), first_even_half(&[1, 3]));
    let sums: Option<i32> = [Some(1), Some(2), Some(3)].into_iter().sum();
    let none_sum: Option<i32> = [Some(1), None].into_iter().sum();
    println!("{:?} {:?}", sums, none_sum);
    let words = vec!["3", "x", "7"];
    let nums: Vec<i32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    println!("{:?}", nums);
    let maybe_name: Option<&str> = Some("ada");
    match maybe_name {
        Some(n) if n.len() > 5 => println!("long {}", n),
        Some(n) => println!("short {}", n),
        None => println!("nobody"),
    }
    let nested: Result<Option<i32>, String> = Ok(Some(3));
    if let Ok(Some(n)) = nested {
        println!("nested {}", n);
    }
    println!("{}", Some(3).map(|x| x.to_string()).unwrap_or_else(|| "none".into()));
}
