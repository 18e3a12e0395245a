// iterators: laziness and evaluation order of chained adapters with side effects
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let r: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("map {}", x);
            x * 3
        })
        .filter(|x| {
            println!("filter {}", x);
            x % 2 == 0
        })
        .take(2)
        .collect();
    println!("{:?}", r);
    let mut it = v.iter().skip(1).step_by(2);
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());
    let mut e = v.iter().enumerate().rev();
    println!("{:?}", e.next());
    let pos = v.iter().rposition(|x| x % 2 == 1);
    println!("{:?}", pos);
    let z: Vec<(i32, char)> = v.iter().cloned().zip("abc".chars()).collect();
    println!("{:?}", z);
    let total = v.iter().inspect(|x| print!("<{}>", x)).filter(|x| **x > 3).count();
    println!(" total {}", total);
    let mut sorted = v.clone();
    sorted.sort_by_key(|x| std::cmp::Reverse(*x));
    println!("{:?}", sorted);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let s: String = vec!["a", "b", "c"].into_iter().rev().collect();
    println!("{}", s);
    let mut counter = 0;
    let gen: Vec<u32> = std::iter::from_fn(|| {
        counter += 1;
        if counter <= 3 { Some(counter * counter) } else { None }
    })
    .collect();
    println!("{:?}", gen);
    let powers: Vec<u64> = std::iter::successors(Some(1u64), |x| if *x < 100 { Some(x * 3) } else { None }).collect();
    println!("{:?}", powers);
    let chunks: Vec<Vec<i32>> = v.chunks(4).map(|c| c.to_vec()).collect();
    println!("{:?}", chunks);
    let m = v.iter().map(|x| x * x).max_by(|a, b| a.cmp(b));
    println!("{:?} {:?}", m, v.iter().min_by_key(|x| (*x - 4).abs()));
    let dedup: Vec<i32> = {
        let mut d = vec![1, 1, 2, 3, 3, 3, 1];
        d.dedup();
        d
    };
    println!("{:?}", dedup);
    let last_word = "alpha beta gamma".split(' ').last();
    println!("{:?}", last_word);
    let windows_max: Vec<i32> = v.windows(2).map(|w| w[0].max(w[1])).collect();
    println!("{:?}", windows_max);
}
