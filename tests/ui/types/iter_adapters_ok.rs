use std::collections::HashMap;

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    let evens: Vec<i32> = v.iter().filter(|&&x| x % 2 == 0).cloned().collect();
    println!("{:?}", evens);
    let sq: Vec<i64> = v.iter().map(|&x| (x as i64) * (x as i64)).collect();
    println!("{:?}", sq);
    let s: i32 = v.iter().copied().skip(2).take(3).sum();
    println!("{}", s);
    let p: i32 = v.iter().take_while(|&&x| x < 5).product();
    println!("{}", p);
    let sw: Vec<_> = v.iter().skip_while(|x| **x < 8).collect();
    println!("{:?}", sw);
    for (i, x) in v.iter().enumerate().step_by(3) {
        println!("{} {}", i, x);
    }
    let z: Vec<(i32, char)> = v.iter().cloned().zip("abc".chars()).collect();
    println!("{:?}", z);
    let ch: Vec<i32> = v.iter().cloned().chain(vec![11, 12]).rev().collect();
    println!("{:?}", ch);
    let fm: Vec<i32> = v.iter().filter_map(|&x| if x > 7 { Some(x * 10) } else { None }).collect();
    println!("{:?}", fm);
    let flat: Vec<char> = vec!["ab", "cd"].iter().flat_map(|s| s.chars()).collect();
    println!("{:?}", flat);
    let nested = vec![vec![1, 2], vec![3]];
    let fl: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", fl);
    let mx = v.iter().max().unwrap();
    let mn = v.iter().min_by_key(|x| (**x - 5).abs()).unwrap();
    println!("{} {}", mx, mn);
    let f = v.iter().fold(0, |acc, x| acc + x);
    println!("{}", f);
    let any = v.iter().any(|&x| x == 3);
    let all = v.iter().all(|x| *x > 0);
    println!("{} {}", any, all);
    let pos = v.iter().position(|&x| x == 4);
    println!("{:?}", pos);
    let found = v.iter().find(|&&x| x > 3);
    println!("{:?}", found);
    let cnt = v.iter().filter(|x| **x > 2).count();
    println!("{}", cnt);
    let last = v.iter().last();
    println!("{:?}", last);
    let mut pk = v.iter().peekable();
    while let Some(x) = pk.next() {
        if let Some(&&n) = pk.peek() {
            if n == 3 {
                println!("before 3: {}", x);
            }
        }
    }
    let strs: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    println!("{}", strs.join(","));
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "hello world".chars().filter(|c| c.is_alphabetic()) {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let (a, b): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 4);
    println!("{:?} {:?}", a, b);
    let w: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", w);
    let c: Vec<Vec<i32>> = v.chunks(4).map(|c| c.to_vec()).collect();
    println!("{:?}", c);
    let mut it = (1..4).map(|x| x * 2);
    println!("{:?} {:?}", it.next(), it.next());
    let inspected: i32 = (0..3).inspect(|x| println!("saw {}", x)).sum();
    println!("{}", inspected);
    let sc: Vec<i32> = (1..5).scan(0, |st, x| { *st += x; Some(*st) }).collect();
    println!("{:?}", sc);
    let cy: Vec<i32> = [1, 2].iter().cycle().take(5).cloned().collect();
    println!("{:?}", cy);
    let mx2 = v.iter().max_by(|a, b| a.cmp(b));
    println!("{:?}", mx2);
    let unz: (Vec<i32>, Vec<i32>) = vec![(1, 2), (3, 4)].into_iter().unzip();
    println!("{:?}", unz);
    let rs: Result<Vec<i32>, String> = vec!["1", "2"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).collect();
    println!("{:?}", rs);
    let os: Option<Vec<i32>> = vec![Some(1), None].into_iter().collect();
    println!("{:?}", os);
    let st: String = vec!['a', 'b'].into_iter().collect();
    println!("{}", st);
    let rev_chars: String = "abc".chars().rev().collect();
    println!("{}", rev_chars);
    let nth = v.iter().nth(2);
    println!("{:?}", nth);
    let sb: Vec<i32> = (0..20).step_by(5).collect();
    println!("{:?}", sb);
    let mp = v.iter().map(|x| x * 2).filter(|x| x % 3 == 0).map(|x| x + 1).collect::<Vec<_>>();
    println!("{:?}", mp);
}
