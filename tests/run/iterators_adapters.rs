// iterators: lazy adapters, peekable, windows, chunks, zip, rev, step_by, fold, scan
fn main() {
    let nums = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let evens: Vec<i32> = nums.iter().filter(|n| *n % 2 == 0).map(|n| n * 10).collect();
    println!("{:?}", evens);
    let total: i32 = nums.iter().sum();
    let prod: i64 = nums.iter().map(|&x| x as i64).product();
    println!("sum {} product {} max {:?} min {:?}", total, prod, nums.iter().max(), nums.iter().min());
    for (i, w) in nums.windows(3).enumerate().take(2) {
        println!("window {} {:?}", i, w);
    }
    for c in nums.chunks(3) {
        println!("chunk {:?} sum {}", c, c.iter().sum::<i32>());
    }
    let names = ["a", "b", "c"];
    let zipped: Vec<String> = names.iter().zip(nums.iter().rev()).map(|(n, x)| format!("{}{}", n, x)).collect();
    println!("{:?}", zipped);
    let stepped: Vec<u32> = (0..20).step_by(6).collect();
    println!("{:?}", stepped);
    let folded = nums.iter().fold(String::new(), |acc, x| format!("{}{}", acc, x));
    println!("{}", folded);
    let running: Vec<i32> = nums.iter().scan(0, |s, x| { *s += x; Some(*s) }).collect();
    println!("{:?}", running);
    let mut it = nums.iter().peekable();
    while let Some(x) = it.next() {
        if let Some(&&next) = it.peek() {
            if next < *x {
                print!("{}>{} ", x, next);
            }
        }
    }
    println!();
    let words = vec!["hello world", "foo bar baz"];
    let flat: Vec<&str> = words.iter().flat_map(|s| s.split(' ')).collect();
    println!("{:?} {}", flat, flat.len());
    let tw: Vec<i32> = nums.iter().copied().take_while(|x| *x < 5).collect();
    let sw: Vec<i32> = nums.iter().copied().skip_while(|x| *x < 5).collect();
    println!("{:?} {:?}", tw, sw);
    let chained: Vec<i32> = (1..3).chain(7..=8).rev().collect();
    println!("{:?}", chained);
    let (small, big): (Vec<i32>, Vec<i32>) = nums.iter().partition(|x| **x < 4);
    println!("{:?} {:?}", small, big);
    println!("any>8 {} all>0 {} count {}", nums.iter().any(|x| *x > 8), nums.iter().all(|x| *x > 0),
             nums.iter().filter(|x| **x == 1).count());
    let best = ["kiwi", "banana", "fig"].iter().max_by_key(|s| s.len()).unwrap();
    println!("longest {}", best);
    let lazy = nums.iter().map(|x| { println!("visit {}", x); x * 2 }).find(|x| *x > 7);
    println!("found {:?}", lazy);
    let last = nums.iter().rev().skip(1).last();
    println!("{:?} {:?}", last, nums.iter().nth(2));
}
