// Number utilities: Roman numerals both ways with validation, a decimal big unsigned integer
// (Vec<u8> digits) with Add/Mul and Display, factorials, and digit sums.
use std::fmt;
use std::ops::{Add, Mul};

const ROMAN: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let mut s = String::new();
    for &(v, sym) in ROMAN.iter() {
        while n >= v {
            s.push_str(sym);
            n -= v;
        }
    }
    Some(s)
}

fn from_roman(s: &str) -> Result<u32, String> {
    let val = |c: char| -> Result<u32, String> {
        Ok(match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            'M' => 1000,
            _ => return Err(format!("bad numeral {:?}", c)),
        })
    };
    let digits: Vec<u32> = s.chars().map(val).collect::<Result<_, _>>()?;
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(&next) if next > d => total -= d as i64,
            _ => total += d as i64,
        }
    }
    let total = total as u32;
    if to_roman(total).as_deref() != Some(s) {
        return Err(format!("{} is not canonical (did you mean {:?}?)", s, to_roman(total)));
    }
    Ok(total)
}

#[derive(Clone, PartialEq, Eq, Debug)]
struct BigUint {
    digits: Vec<u8>, // little endian, base 10
}

impl BigUint {
    fn from_u64(mut n: u64) -> Self {
        let mut digits = vec![];
        loop {
            digits.push((n % 10) as u8);
            n /= 10;
            if n == 0 {
                break;
            }
        }
        BigUint { digits }
    }
    fn digit_sum(&self) -> u32 {
        self.digits.iter().map(|&d| d as u32).sum()
    }
    fn trim(mut self) -> Self {
        while self.digits.len() > 1 && *self.digits.last().unwrap() == 0 {
            self.digits.pop();
        }
        self
    }
}

impl Add for &BigUint {
    type Output = BigUint;
    fn add(self, o: &BigUint) -> BigUint {
        let mut out = Vec::with_capacity(self.digits.len().max(o.digits.len()) + 1);
        let mut carry = 0;
        for i in 0..self.digits.len().max(o.digits.len()) {
            let s = self.digits.get(i).copied().unwrap_or(0) + o.digits.get(i).copied().unwrap_or(0) + carry;
            out.push(s % 10);
            carry = s / 10;
        }
        if carry > 0 {
            out.push(carry);
        }
        BigUint { digits: out }
    }
}

impl Mul for &BigUint {
    type Output = BigUint;
    fn mul(self, o: &BigUint) -> BigUint {
        let mut acc = vec![0u32; self.digits.len() + o.digits.len()];
        for (i, &a) in self.digits.iter().enumerate() {
            for (j, &b) in o.digits.iter().enumerate() {
                acc[i + j] += a as u32 * b as u32;
            }
        }
        let mut carry = 0;
        let digits = acc
            .into_iter()
            .map(|v| {
                let t = v + carry;
                carry = t / 10;
                (t % 10) as u8
            })
            .collect();
        BigUint { digits }.trim()
    }
}

impl fmt::Display for BigUint {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s: String = self.digits.iter().rev().map(|d| (b'0' + d) as char).collect();
        f.pad(&s)
    }
}

fn factorial(n: u64) -> BigUint {
    (1..=n).fold(BigUint::from_u64(1), |acc, k| &acc * &BigUint::from_u64(k))
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        println!("{:>4} -> {:?}", n, to_roman(n));
    }
    for s in ["MCMXCIV", "XLII", "IIII", "IC", "MMXXV", "ABC", ""] {
        println!("{:>8} -> {:?}", s, from_roman(s));
    }
    let a = BigUint::from_u64(u64::MAX);
    let b = &a + &BigUint::from_u64(1);
    println!("{} + 1 = {}", a, b);
    println!("square = {}", &a * &a);
    let f30 = factorial(30);
    println!("30! = {} (digit sum {})", f30, f30.digit_sum());
    println!("[{:>25}]", factorial(20));
    println!("[{:<12}]", BigUint::from_u64(0));
    let mut fibs = (BigUint::from_u64(0), BigUint::from_u64(1));
    for _ in 0..100 {
        let next = &fibs.0 + &fibs.1;
        fibs = (fibs.1, next);
    }
    println!("fib(100) = {}", fibs.0);
    println!("{}", factorial(25) == &factorial(24) * &BigUint::from_u64(25));
}
