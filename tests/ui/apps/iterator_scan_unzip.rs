// less common iterator adaptors: scan, unzip, cycle, repeat, nth, last, sum of f64, min_by with partial_cmp, rposition
use std::iter;

fn main() {
    let deposits = [100.0, -20.5, 35.25, -80.0, 10.0];
    let balances: Vec<f64> = deposits
        .iter()
        .scan(0.0, |bal, d| {
            *bal += d;
            Some(*bal)
        })
        .collect();
    println!("balances {:?}", balances);
    let lowest = balances.iter().cloned().min_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    println!("lowest {:.2}", lowest);
    let total: f64 = deposits.iter().sum();
    println!("total {:.2}", total);

    let pairs = vec![("x", 1), ("y", 2), ("z", 3)];
    let (names, nums): (Vec<&str>, Vec<i32>) = pairs.into_iter().unzip();
    println!("{:?} {:?}", names, nums);

    let colors = ["red", "green", "blue"];
    let assigned: Vec<String> = (1..=7).zip(colors.iter().cycle()).map(|(i, c)| format!("{}{}", c, i)).collect();
    println!("{}", assigned.join(" "));

    let border: String = iter::repeat("=-").take(6).collect();
    println!("{}", border);
    let spaced: Vec<String> = iter::repeat(0).take(3).enumerate().map(|(i, z)| (i + z).to_string()).collect();
    println!("{:?}", spaced);

    let words = "alpha beta gamma delta epsilon";
    println!("third {:?} last {:?}", words.split(' ').nth(2), words.split(' ').last());
    let lens: Vec<usize> = words.split(' ').map(str::len).collect();
    println!("last long word at {:?}", lens.iter().rposition(|&l| l > 4));

    let mut it = (1..=10).into_iter();
    let firsts: Vec<i32> = it.by_ref().take(3).collect();
    let rest_sum: i32 = it.sum();
    println!("firsts {:?} rest {}", firsts, rest_sum);

    let running_max: Vec<i32> = [3, 1, 4, 1, 5, 9, 2, 6]
        .iter()
        .scan(i32::MIN, |m, &x| {
            *m = (*m).max(x);
            Some(*m)
        })
        .collect();
    println!("running max {:?}", running_max);
    let inter: Vec<i32> = (0..5).flat_map(|x| iter::once(x).chain(iter::once(-x))).skip(1).collect();
    println!("{:?}", inter);
}
