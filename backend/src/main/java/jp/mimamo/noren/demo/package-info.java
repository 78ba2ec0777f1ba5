/** Demo regions and rosters so that a first login shows a living product; only with noren.demo.enabled. */
package jp.mimamo.noren.demo;
