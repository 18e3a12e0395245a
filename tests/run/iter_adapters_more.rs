use std::collections::HashMap;
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    println!("{:?}", v.iter().map(|x| x * 2).filter(|x| x % 3 != 0).collect::<Vec<_>>());
    println!("{:?}", v.iter().enumerate().skip(2).step_by(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().zip(v.iter().skip(1)).map(|(a, b)| a - b).collect::<Vec<i32>>());
    println!("{:?}", v.chunks(3).map(|c| c.iter().sum::<i32>()).collect::<Vec<_>>());
    println!("{:?}", v.windows(2).filter(|w| w[0] < w[1]).count());
    println!("{:?}", v.iter().take_while(|&&x| x < 5).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip_while(|&&x| x < 5).collect::<Vec<_>>());
    println!("{:?}", v.iter().position(|&x| x == 5));
    println!("{:?}", v.iter().rposition(|&x| x == 5));
    println!("{:?} {:?}", v.iter().max(), v.iter().min());
    println!("{:?}", v.iter().max_by_key(|&&x| (x % 4, x)));
    println!("{:?}", v.iter().min_by(|a, b| b.cmp(a)));
    println!("{:?}", v.iter().fold(String::new(), |acc, x| acc + &x.to_string()));
    println!("{:?}", v.iter().rev().scan(0, |s, &x| { *s += x; Some(*s) }).collect::<Vec<_>>());
    println!("{:?}", v.iter().flat_map(|&x| std::iter::repeat(x).take((x % 3) as usize)).collect::<Vec<_>>());
    println!("{:?}", vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect::<Vec<_>>());
    println!("{:?}", v.iter().any(|&x| x > 8));
    println!("{:?}", v.iter().all(|&x| x > 0));
    println!("{:?}", v.iter().find(|&&x| x > 4));
    println!("{:?}", v.iter().find_map(|&x| if x > 4 { Some(x * 10) } else { None }));
    println!("{:?}", v.iter().filter_map(|&x| if x % 2 == 0 { Some(x) } else { None }).collect::<Vec<_>>());
    println!("{:?}", v.iter().copied().partition::<Vec<i32>, _>(|x| x % 2 == 0));
    println!("{:?}", v.iter().product::<i32>());
    println!("{:?}", v.iter().last());
    println!("{:?}", v.iter().nth(4));
    println!("{:?}", v.iter().cloned().reduce(|a, b| a.max(b)));
    println!("{:?}", (1..=4).chain(7..9).rev().collect::<Vec<_>>());
    println!("{:?}", (0..20).step_by(7).collect::<Vec<_>>());
    let mut it = v.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = it.next() {
        let mut run = vec![x];
        while let Some(&&y) = it.peek() {
            if y > x { run.push(y); it.next(); } else { break; }
        }
        groups.push(run);
    }
    println!("{:?}", groups);
    let words = ["apple", "bob", "cat", "apple", "bob", "apple"];
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in words.iter() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", cv);
    let (small, big): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 4);
    println!("{:?} {:?}", small, big);
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'a'), (2, 'b')].into_iter().unzip();
    println!("{:?} {:?}", a, b);
    println!("{:?}", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("-"));
    println!("{}", v.iter().count());
    println!("{:?}", v.iter().sum::<i32>());
    let mut c = 0;
    v.iter().for_each(|x| c += x);
    println!("{}", c);
    println!("{:?}", std::iter::successors(Some(1u32), |x| if *x < 100 { Some(x * 3) } else { None }).collect::<Vec<_>>());
    println!("{:?}", std::iter::once(5).chain(std::iter::empty()).collect::<Vec<i32>>());
    let mut counter = 0;
    let from_fn: Vec<i32> = std::iter::from_fn(|| { counter += 1; if counter < 4 { Some(counter) } else { None } }).collect();
    println!("{:?}", from_fn);
    println!("{:?}", v.iter().inspect(|x| print!("<{}>", x)).take(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().cycle().skip(8).take(5).collect::<Vec<_>>());
    println!("{:?}", v.iter().map_while(|&x| if x < 9 { Some(x + 1) } else { None }).collect::<Vec<_>>());
    println!("{:?}", v.iter().is_sorted());
    println!("{:?}", v.iter().eq([3, 1].iter()));
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().enumerate().min_by_key(|(_, &x)| x));
    println!("{:?}", v.split(|&x| x == 1).collect::<Vec<_>>());
    println!("{:?}", v.iter().fuse().last());
}
